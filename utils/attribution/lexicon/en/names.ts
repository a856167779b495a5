/** Common given names, for the gender a later "he" or "she" needs and to tell a first name from a surname. */
export const FEMALE_NAMES = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
  ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
  amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine
  maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
  cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia
  grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis
  lori hillary melania ivanka chelsea nikki kellyanne elizabeth nancy dianne kamala michele sheila claire tammy jeanne
  huma donna jill loretta hope susana gennifer paula juanita kathy sandy megyn ellen oprah beyonce taylor melanie ava
  alicia stephanie cindy tina rosa janet debbie`;
export const MALE_NAMES = `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack
  dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith
  roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan
  albert willie alan eugene russell vincent philip bobby johnny bradley barack bill mike mitt ted marco jeb
  chris rand ben newt rudy reince paul tim bernie martin lindsey jim mitch harry chuck rick rex sean corey steve
  jared eric barron hunter beau kirk jeff jon tom dan bob ed al ron ray roy rob sam sid ken wayne fred ralph tony
  vladimir xi benjamin recep emmanuel boris`;
