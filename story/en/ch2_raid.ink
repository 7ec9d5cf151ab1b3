// Chapter 2: the night of 23–24 May 1940 to the morning after (record.md §4). The record beat
// raid_1940_05_24 sits on the first shared line of the shooting, which every path passes once.
// The player's tries to change the night (take Harte's watch, keep the alarm on, chase the cars) are
// answered in the world and tagged `# pushback:`; how the raiders got in stays disputed (`# view: entry_...`).
=== ch2_raid
# checkpoint: ch2_raid
# scene: study
# time: day
# music: house
# ambience: house
# clear
Thursday, 23 May 1940. # class: title
All day the Old Man dictates in the study: a manifesto on the war, for the Fourth International. Pages go to the library and come back marked. # cite: pat
Seva comes back from school and feeds a rabbit he is not supposed to feed{trust_seva >= 2:, and looks round to see that it is only you watching}. # invented
{not classroom_cut: Alfred Rosmer had left the French Hospital on the tenth; the Rosmers are in the house this week. # cite: pat}
{
- role == teamster: -> teamster_evening
- role == student: -> student_evening
- else: -> mexican_evening
}

= teamster_evening
# scene: gate
# ambience: garden
You spend the afternoon in the garage with your head under the Dodge's bonnet. The new brake linings from Don Refugio's are in at last. # invented
* (tested_brakes) [Take her round the block to test them]
  You take her out through the garage door, a guard barring it behind you, down the dirt road and back along the river. The brakes are good. # invented
  You bring her back and park her nose to the door, ready to go. Habit from the trucking: always park to leave. # invented
* (left_her) [Leave her for the morning]
  You wipe your hands and leave her where she stands. Tomorrow is soon enough. # invented
-
{classroom_cut: -> evening_shared}
Seva turns up at the garage door with his school satchel still on his back and asks, in careful English, what each of the pedals is for. # invented
* [Let him sit at the wheel]
  You let him sit behind the wheel with the engine off and name the pedals for him. He says them back in French, in Spanish and in your Minneapolis English, and grins at all three. # invented
  ~ raise(trust_seva, 1)
* [Send him in to his grandmother]
  You tell him a garage is no place for a boy in his school shirt. From the kitchen door Natalia gives you a small nod. # invented
  ~ raise(trust_natalia, 1)
-
Cornell comes by, sees the grease to your elbows, and says you look like somebody who is happy. You are. # invented
Before supper you sit on the running board and write a few lines home. # invented
* [Tell Ma about the brakes]
  ~ letters_home++
  Dear Ma, I fixed the brakes on the big car today and she stops on a dime. It is a small thing but it is mine. The boy here, Seva, wants to learn to drive. I said when he is taller. # class: letter # invented
* [Tell Ma you are homesick]
  ~ letters_home++
  Dear Ma, it is hot and dusty and the food is good and I miss the lake. Tell Stan I still owe him five dollars and I have not forgotten. Tell nobody else anything. # class: letter # invented
-
-> evening_shared

= student_evening
# scene: library
# sfx: typewriter
You spend the afternoon in the library typing a clean copy of pages that have come back from the study three times. # invented
{classroom_cut: -> bob_at_six}
* [Read what you are typing]
  You read as you type: a long argument that the war is a war between imperialisms, and that the workers of every country owe loyalty to none of the governments fighting it. Your fingers know the argument before your head does. # invented
  ~ raise(trust_lt, 1)
* (typed_blind) [Type without reading]
  You type without reading, the way the secretaries do, letter by letter. It is faster. The words will still be there tomorrow. # invented
-
The carbons must dry. # invented
* [Take down the Dewey Commission's report]
  You read a few pages of "The Case of Leon Trotsky". # invented
  A sub-commission of the inquiry held thirteen hearings at the Blue House in April 1937; the verdict, published that September, was "Not Guilty". # cite: dewey
  ~ known += k_moscow_trials
* [Write to Miriam instead]
  Dear Miriam, this house smells of carbon paper and cut grass. I typed "imperialist" forty times today. Tell Mama I am eating. # class: letter # invented
  ~ letters_home++
-
-> bob_at_six

= bob_at_six
At six Bob looks in. "I've got the one o'clock," he says. "Wake me if the world ends." # invented
"Door," you say. He laughs. # invented
* (lent_book) [Lend him your book]
  You lend him your Malraux: he says the one o'clock watch is the longest in the world. He will read it by the light from the street, he says. There is no light from the street. # invented
* (told_sleep) [Tell him to sleep now]
  You tell him to sleep now, while he can. He salutes you with two fingers and goes off across the patio, whistling something from a Broadway show you cannot name. # invented
-
-> evening_shared

= mexican_evening
# scene: street
# ambience: street
In the evening you take coffee out to the brick hut{trust_police >= 3:, and they make room for you on the step}. The Güero is on the night turn, with four others you know less well. # invented
* [Stay and talk a while]
  You sit on the step while the Güero reads you the football results and the others play cards by a lantern. Somebody's radio down the road plays a bolero. # invented
  ~ raise(trust_police, 1)
* (handed_over) [Hand over the coffee and go back in]
  You hand over the pot and go back inside. They are grown men; they can stay awake without you. # invented
-
{house ? police_checked: You note, as you have every night since April, who is on and whether they are awake. Five men, all awake. # invented}
{classroom_cut: -> sleepover}
On the way back from the hut you pass Lupe, closing her stall by the river path, and she asks whether you are sleeping at the Russian's again. # invented
* (said_yes) [Say yes]
  "Yes," you say. She shakes her head and gives you a bag of tamarind sweets, for the long night, and tells you not to get shot. You tell her nobody gets shot on Avenida Viena. # invented
* (only_tonight) [Say it is only one more night]
  "Only tonight," you say, which is what you always say. She says she has heard that before, and laughs, and lets you carry her crates to the corner. # invented
-
Your mother should know where you are sleeping. Home is only a few minutes' run from here. # invented
* [Run home and tell her yourself]
  You run home. Your mother is at the table shelling peas and does not look up. "At the Russian's again," she says, not asking, and presses a warm tortilla with salt into your hand for later. # invented
  ~ letters_home++
* [Send word with the baker's boy]
  You give the baker's boy a coin to tell her, and stay to help Robins drag the guards' mattresses out of the sun. He says it is good to have somebody who stays. # invented
  ~ raise(trust_guards, 1)
-
-> sleepover

= sleepover
You are sleeping over tonight in the guards' rooms, as Mexican comrades often did. # cite: sch
-> evening_shared

= evening_shared
# scene: dining
# time: dusk
# ambience: house
Supper at the long table{trust_natalia >= 3:; Natalia keeps you a place near her end}. The talk is of France. The Germans are at the Channel. # invented
{classroom_cut: -> sleeping_pill}
The Rosmers are at the table: Alfred, the Old Man's friend from the Paris of the last war, and Marguerite. # cite: pat
Last August they brought Seva from Paris to his grandparents. # cite: ev
* [Listen to Marguerite]
  At the start of the month, while Alfred was in the French Hospital, Sylvia's friend Jacson drove Marguerite there and back in his car. # cite: pat
  She speaks of him warmly: such an obliging young man. {known ? k_jacson_story:You have taken him water yourself; you think no more of him than anyone.|Nobody gives him a second thought, and neither do you.} # invented
  ~ known += k_jacson_story
* [Ask Alfred about Paris]
  Alfred Rosmer had sat on the commission of inquiry into the Moscow trials. # cite: dewey
  He says little about Paris{known ? k_sedov:, where Lyova died}; the news is too bad. He speaks instead of old comrades who confessed in Moscow to crimes they could not have committed, and of how quietly they died. # invented
  ~ known += k_moscow_trials
* [Watch Seva]
  Seva eats fast, one eye on the hutches beyond the window. When he thinks nobody is looking he pockets a crust. He catches your eye and puts a finger to his lips. # invented
  ~ raise(trust_seva, 1)
-
-> sleeping_pill

= sleeping_pill
That night, tired after the long day's dictation, the Old Man takes a sleeping pill. # cite: pat
-> watch

= watch
# scene: gate
# time: night
# ambience: night
# music: dread
Your watch is seven until one, inside the garage door{trust_guards >= 3:; the others leave you the good chair}. # invented
{not classroom_cut: The house goes dark window by window. At eleven, the short break; then the long hours. # cite: sch}
A car passes on the road, slowly, and goes on. Dogs. The river smells of mud. # invented
{classroom_cut: -> bob_comes}
How do you keep awake? # invented
* [Walk the inside of the wall every hour]
  Every hour you walk the inside of the wall, past the hutches to the hen-house and back. The rabbits shift in their straw. # invented
  ~ raise(trust_guards, 1)
* [Call out to the police hut at midnight]
  At midnight you call through the door to the brick hut. A voice answers at once{trust_police >= 2:, by your name}, then another, then a joke you do not catch. Five men, awake. # invented
  ~ house += police_checked
* [Write a letter by the lamp]
  You write half a page home by the lamp: the heat, the food, the dogs at night. You fold it into your shirt pocket to finish tomorrow. # invented
  ~ letters_home++
-
-> bob_comes

= bob_comes
{house ? night_rota: On the calendar in the guards' room, in your own ruled lines: Harte, 1 to 7. # invented}
At one o'clock Bob Harte comes to take the watch. # cite: pat
He has his serape round his shoulders, and he is yawning. # invented
-> handover

= handover
* (stay_on) [Offer to stay on the door with him]
  "Let me sit up with you, Bob. Or go back to bed and I'll do yours too. I'm awake." # invented
  Bob laughs. {proposals_refused > 0:"Another proposal for Robins to refuse?|"And have Robins chew us both out tomorrow?} One o'clock's mine. You've got the tower at seven." # invented
  {house ? night_rota: He taps the calendar you ruled yourself. Harte, 1 to 7. # invented}
  The house kept one guard on the garage door at night, in turns; that night's turn from one o'clock was Sheldon Harte's. # cite: pat # pushback: guard_gate_may23
  -> handover
* (insist_alarm) [Make sure the alarm is switched on]
  You go together to the alarm switch and you see it with your own eyes: on. You make him say it aloud. # invented
  "It's on," Bob says. "Cross my heart. Go to bed." # invented
  {house ? alarm_tested: It rang from every button on Sunday. It is a good bell. # invented}
  -> handover
* (asked_wakes) {not classroom_cut} [Ask him who he wakes if anything happens]
  "Robins first," Bob says, "then the whole house, with the bell." He jerks a thumb at the alarm switch beside the door, and yawns again. # invented
  -> handover
* (told_car) {not classroom_cut} [Tell him about the slow car]
  "A car went by slow, about half past eleven. Didn't stop." # invented
  Bob nods. "They do that. Tourists, or the papers." He pulls the serape tighter. # invented
  -> handover
* (asked_how) {role == student} [Ask him how he is, really]
  "Fine," he says. "Cold." He talks about taking a day off to see the pyramids at Teotihuacán, and asks whether you'll come. # invented
  "Sunday week," you say. # invented
  "Sunday week," he says. # invented
  ~ raise(trust_guards, 1)
  -> handover
+ [Say goodnight]
  "Goodnight, Bob." # invented
  "Goodnight. Door," he says, before you can, and grins. # invented
  -
-> sleep

= sleep
# scene: guardroom
# ambience: night
# music: none
You cross the dark patio to the guards' rooms, where the others are asleep: Robins, Cornell and Otto among them. # cite: pat
Behind you, Bob Harte is on watch inside the garage door. # cite: pat
{handover.stay_on:You lie awake, sore that he would not let you stay; then you are asleep in your boots.|You are asleep before you have your boots off.} # invented
-> shooting

= shooting
# time: night
# music: dread
# sfx: gunfire
# effect: raid_flashes
About four in the morning. # record: raid_1940_05_24 # cite: pat
You wake on the floor, not knowing how you got there. The air is full of noise: not one gun but many, machine guns, so close the walls seem to shake. # invented
Bullets smack into the door and {house ? sandbags_early:thud into the sandbags you stacked|the wall above your cot}. Someone shouts in English; outside, someone shouts in Spanish. # invented
One group of the attackers has the guards' rooms under fire, to keep the guards inside. Others are already at the bedroom. # cite: pat
-> pinned

= pinned
* [Reach for your pistol]
  You find it under the pillow, and your hand is shaking, and you make it stop. # invented
  ~ raise(trust_guards, 1)
* (stayed_flat) [Get flat and stay flat]
  You get flat on the tiles and stay flat. A man standing up in this room would be cut in half. # invented
* (crawled) [Crawl towards the door]
  You crawl towards the door and a burst goes through the top panel and showers you with splinters. You crawl back. # invented
* (tried_alarm) [Try to raise the alarm]
  You shout for the alarm, for anyone to do anything. Nobody can hear a word over the guns, and nobody here can reach the door alive. # invented
  The alarm was found switched off after the raid, and the guards were pinned down by gunfire from the start. # cite: pat # pushback: alarm_on_may24
-
{
- role == teamster: -> teamster_pinned
- role == student: -> student_pinned
- else: -> mexican_pinned
}

= teamster_pinned
Through a crack in the shutter you see the patio lit by flashes: men in uniform, police and army uniforms, one with a Thompson gun held low at the hip, the way they held them in the newsreels from Chicago. # cite: pat
You count the muzzle flashes out of habit. You stop at twelve. There are more. # invented
* (held_fire) [Try for a clear shot]
  You rest the pistol on the sill. Between you and the uniforms there are the rabbit hutches, the trees, the dark, and beyond them the house where the family sleeps. You cannot see what you would hit. # invented
  You do not fire. Robins, beside you, hisses the same thing: not into the dark, not towards the house. # invented
* (watched_garage) [Watch the garage]
  You watch the garage corner. Nothing moves there. Then you hear, over the guns, something your ears know better than anything in the world: an engine turning over. # invented # sfx: car_engine
-
{classroom_cut: -> bedroom}
Robins has his mouth at your ear. "If they come in here, they come through that door. Nobody fires till they're in it." # invented
* [Take the left of the door]
  You take the left of the door, on your knees behind the stove, where a man coming in would have the grey of the patio behind him. You wait for him. He never comes. # invented
  ~ raise(trust_guards, 1)
* (cots) [Drag the cots across it]
  You drag two cots across the inside of the door, mattresses and all, and lie behind them. # invented
-
-> bedroom

= student_pinned
You think, absurdly, of the manifesto pages on the library desk. Then you think of Bob at the door, and the thought leaves no room for anything else. # invented
* (called_bob) [Call his name]
  "Bob!" you shout, towards the garage, and your voice disappears in the firing as if you had not spoken. # invented
* (counted) [Count your breaths]
  You count your breaths, the way your mother taught you for thunderstorms, and lose count at thirty. # invented
-
{classroom_cut: -> bedroom}
Cornell, on the floor beside you, says something flat that might be a prayer or the name of a rifle. # invented
* [Find his hand]
  You find Cornell's hand on the tiles and hold on to it. Neither of you ever mentions it. # invented
  ~ raise(trust_guards, 1)
* (recited) [Say something over to yourself]
  Under the noise you recite the opening of the Communist Manifesto, the only thing you know by heart. It does not help. You keep going. # invented
-
-> bedroom

= mexican_pinned
The shouting outside is in Spanish, your Spanish, Mexico City Spanish, and through the crack of the door, in the flashes, you see uniforms: police, army. # cite: pat
For one terrible moment you think the government has come for the house. Then you understand that these are not the men from the hut. # invented
* (thought_police) [Think of the police outside]
  You think of the Güero and his football results, and the lantern, and the cards. Where are they? Why is no one shooting from the street? # invented
* (listened) [Listen for orders]
  You listen for orders, to know how many and who is in command. There is a voice that gives them, calm, like a foreman's. You cannot make out the words. # invented
-
{classroom_cut: -> bedroom}
Between two bursts someone outside calls out to an officer, "¡Mi mayor!", and is told to shut up. It is the voice of a man from the north, young and frightened. # invented
* [Fix the voices in your memory]
  You fix both voices in your memory, in case you ever hear them again by daylight. In the morning you will tell the colonel. # invented
  ~ raise(trust_police, 1)
* (prayed) [Pray]
  You pray, for the first time since your first communion, to a Virgin you are not sure you believe in: for the boy, for the old people, for yourself. # invented
-
-> bedroom

= bedroom
# scene: bedroom
# sfx: glass_break
You will learn the rest afterwards, from the family and from what the Old Man wrote. # invented
In the bedroom, the Old Man, heavy with the sleeping pill, thought at first that it was fireworks, some fiesta. # cite: lt_ssmd
{not classroom_cut: "The explosions were too close, right here within the room..." # class: quote # cite: lt_ssmd}
Natalia was out of bed first. She got him down onto the floor, into the narrow space between the bed and the wall, and lay against him, covering him. # cite: pat
{not classroom_cut: That is how he told it himself. Some early newspaper stories had them under the bed, or each in a different corner. # cite: lt_ssmd # cite: mit}
{not classroom_cut: The room was fired into from the garden windows and through the doors from the study and from Seva's room: crossfire, Seva would remember, from three sides. Glass came down on them. # cite: ev}
{classroom_cut: -> seva}
* (in_mind) [Stay with them in your mind]
  In your mind you are there on the floor, between the bed and the wall, while the plaster comes down. You cannot bear to be and you cannot leave. # invented
* (duty) [Think of the guards' duty]
  Four of you, five, in a room of thin walls, with pistols, against this. You think of the meeting: what would we do if they came tonight. This. Lie here. # invented
-
-> seva

= seva
# effect: fire_glow
{not classroom_cut: Next door, Seva woke to see a man at the garden door, and took him for someone from the house. # cite: pat}
Then the firing. He threw himself down beside the bed. Bullets went through the bed above him. # cite: pat
A fire-bomb was thrown into his room. Its blast blew open the door between his room and his grandparents', and flames caught. # cite: pat
Seva cried out. The Old Man wrote afterwards that the boy's cry was the worst thing of that whole night. # cite: pat
{
- role == student: -> seva_student
- role == teamster: -> seva_teamster
- else: -> seva_mexican
}

= seva_student
You hear the cry, high and thin above the guns, and know whose it is, and cannot move. # invented
-> inspection

= seva_teamster
In the guardroom you hear a boy cry out. You have heard men cry out on picket lines. This is worse. # invented
-> inspection

= seva_mexican
In the guardroom you hear a boy's voice cry out, high above the guns, and your whole body turns towards it, and you cannot go. # invented
-> inspection

= inspection
# effect: raid_flashes
# sfx: gunfire
At the end, one of the attackers stood in the bedroom doorway and emptied a pistol into the two beds, as if to make sure. Then he ran. # cite: pat
-> withdrawal

= withdrawal
# scene: patio
The firing breaks up: a burst, a silence, a single shot, a burst. They are covering their retreat. # cite: pat
{not classroom_cut: From first shot to last, they held the grounds for about a quarter of an hour; one later account says twenty minutes. # cite: pat # cite: lq}
{not classroom_cut: How many were they? A gang of about twenty, the Old Man would write, and the Mexican papers said the same; more than twenty, said the movement's paper; two dozen, one later writer says. # cite: mx_press_1940 # cite: sa # cite: lq}
Engines in the street. More than one{handover.told_car:; you think of the slow car at half past eleven}. # invented # sfx: car_engine
* (chase) [Run for the garage and go after them]
  You are out of the door before anyone can stop you, across the dark patio, pistol in hand, towards the garage. # invented
  The garage doors stand wide open onto the road. Both the household's cars are gone. # cite: pat
  {role == teamster: {teamster_evening.tested_brakes:Your Dodge, parked nose to the door as you left her|Your Dodge, with her new brakes}, and the other one with her tired tyres. Gone. # invented}
  Out in the road there is nothing to follow in and nothing to follow with: the raiders are already away towards the city in the house's own cars, and from somewhere in the dark a gun still answers any movement. Robins, who has gone up on the roof, is fired at from the street. # cite: pat # pushback: chase_raiders
  Behind you, the house with the family in it, and the fire. Your place is here. # invented
* (to_house) [Go to the house]
  You run for the house, for the bedroom, with Cornell behind you. # invented
* (covered) [Stay with the guards and cover the patio]
  You stay at the guardroom door, pistol up, covering the patio with the others until you are sure. Robins goes up on the roof and is fired at from the street. # cite: pat
  ~ raise(trust_guards, 1)
-
# effect: none
# music: none
Then, quite suddenly, silence{pinned.crawled:, and splinters in your hair}{pinned.stayed_flat:, and the print of the tiles on your cheek}. # invented
-> alive

= alive
# scene: bedroom
# time: dawn
# ambience: night
The Old Man is alive. # cite: pat
Natalia is alive. Seva is alive. # cite: pat
They come out into the corridor, Natalia with a blanket round her{bedroom.in_mind:, as you saw them in your mind, and alive}. # invented
The Old Man's face is scratched by flying glass, Natalia has beaten out a fire in Seva's room with blankets, and Seva's foot is hurt. Accounts differ on the details: see the Record. # cite: pat
Nobody in the house has been killed. # cite: pat
* [Go to Seva]
  You go to Seva. He is sitting on the edge of a chair with his foot up, pale, very composed, the way his grandparents are composed. He shows you the hole in the bed. # invented
  ~ raise(trust_seva, 1)
* [Go to Natalia]
  You go to Natalia and take the blanket from her hands because they are shaking and she has not noticed. She lets you. # invented
  ~ raise(trust_natalia, 1)
* [Stand guard at the bedroom door]
  You stand at the bedroom door with your pistol, facing the garden, because somebody should, and nobody tells you to stop. # invented
  ~ raise(trust_lt, 1)
-
-> count

= count
# scene: bedroom
The bedroom wall is full of holes. The police would count about seventy in the bedroom alone; one count says seventy-three. # cite: mit
{not classroom_cut: How many rounds were fired in all, nobody agrees: more than two hundred, some say, more than three hundred, others, about four hundred by one reckoning. # cite: wsws}
{not classroom_cut: The Old Man walks round the room with his hands behind his back, studying the holes like a man reading a page. # invented}
He would work out, from the holes in the mattresses and the cartridge cases on the floor, that some of the shots had been fired from inside the room itself. # cite: lt_ssmd
{classroom_cut: -> garage}
* [Hold the lamp for him]
  You hold the lamp while he bends over the bed-heads, reading the holes. Once he asks you to hold it lower. That is all he says, and it is enough. # invented
  ~ raise(trust_lt, 1)
* [Keep everyone's feet off the brass]
  You fetch a chair and sit in the doorway so that nobody treads on the cartridge cases before the police have seen them. It is the first useful thing you have done all night. # invented
  ~ raise(trust_police, 1)
* [Take Seva out of the room]
  Seva has limped to the doorway to look. You turn him round by the shoulders and walk him out into the corridor. He lets you. # invented
  ~ raise(trust_seva, 1)
-
-> garage

= garage
# scene: gate
# time: dawn
# ambience: wind
Then the garage, in the grey light. # invented
The doors are open. Both cars are gone. One of them will be found later, abandoned, stuck. # cite: pat
The alarm is switched off. # cite: pat
{pinned.tried_alarm or handover.asked_wakes: No bell rang in the night, whoever was to ring it. # invented}
{handover.insist_alarm: -> alarm_answer}
-> garage_rest

= alarm_answer
You saw it on at one o'clock. You made Bob say it aloud. Now it is off, and no one will ever be able to say when it was switched off, or by whose hand. # invented # pushback: alarm_on_may24
-> garage_rest

= garage_rest
On the floor of the garage, Cornell finds Bob Harte's serape, neatly folded. # cite: pat
Bob is gone. # cite: pat
The policemen from the hut are found with their hands tied. # cite: pat
{not classroom_cut: Some of them would say they saw Harte led away to a car by the attackers, protesting. # cite: lq}
# scene: patio
The sun comes up on a garden trampled in the dark. # invented
{classroom_cut: -> entry}
* (walked_paths) [Walk the garden paths]
  You walk the paths in the first light: brass in the flower beds, a cactus knocked flat, a tree trunk scarred white where a burst went into it. # invented
  One historian, Robert Conquest, writes that the raiders also left behind a large dynamite bomb that failed to go off; most accounts speak only of the fire-bombs. # cite: con
* [Stay near the family]
  You stay in the corridor outside the bedroom, where you can hear Natalia and the Old Man talking, low, in Russian, about practical things. It is the most reassuring sound in the world. # invented
  ~ raise(trust_natalia, 1)
* [Count the guards]
  You count the guards, all on their feet, all grey with plaster dust. One short. You count again, as if the number might change. # invented
  ~ raise(trust_guards, 1)
-
-> mornings

= mornings
{
- role == teamster: -> teamster_morning
- role == student: -> student_morning
- else: -> mexican_morning
}

= teamster_morning
# scene: street
You walk out into the road. In the dust, the tracks of several cars, and of your own two{teamster_pinned.watched_garage:, whose engines you heard turn over in the dark}, going towards the city. # invented
* (followed) [Follow the tracks on foot]
  You follow them to the corner, where the dirt becomes paving and the tracks become nothing. A woman at a door says she heard the guns and saw nothing and says it again. # invented
* (looked_door) [Look at the door itself]
  You look at the door. The bar is lifted, not broken. The bolts are whole. No splintered wood. You look at the wall on either side, and at the top of it, for a long time. # invented
-
{classroom_cut: -> entry}
You think of the Dodge's new brakes{teamster_evening.left_her:, never tried on the road} and feel sick with a stupid, specific grief. # invented
# scene: guardroom
Back in the guards' rooms, Robins and you count what is left: the pistols, the rifles, the rounds. The guardroom door is splintered across the top panel{teamster_pinned.cots:, and a bullet sits in your barricade}. {teamster_pinned.held_fire:You held your fire; nobody|Nobody} in here fired a useful shot all night; nobody could have. # invented
* [Say what you think went wrong]
  "One man on one door, and an alarm, and five cops in a hut," you say. "In thirty-four we'd have had pickets on every corner for a block." # invented
  Robins does not argue. "In thirty-four you had ten thousand men," he says. "We have six, and one of them is gone." # invented
  ~ raise(trust_guards, 1)
* (cleaned) [Say nothing and clean the guns]
  You clean the guns, every one, although none of them needs it, because your hands need it. # invented
-
-> entry

= student_morning
# scene: guardroom
You go to Bob's cot in the guards' rooms. {bob_at_six.lent_book:Your Malraux on his books|His books}, his shaving things, a letter half-written, a clean shirt folded for the morning. # invented
* [Pick up the serape]
  Cornell gives you the serape, because you are Bob's friend. It is still folded. You do not unfold it. # invented
  ~ known += k_harte_past
* (left_things) [Leave everything as it is]
  You leave everything exactly as it is. The police will want to see it, and Bob will want to find it. # invented
-
{student_pinned.called_bob:"You were calling him all night," says Cornell.|"They took him," says Cornell.} "They must have taken him." # invented
{handover.asked_how:Sunday week, you think. Teotihuacán. }Nobody says the other thing. Not yet. # invented
{classroom_cut: -> entry}
# scene: library
In the library, plaster dust lies on the manifesto pages you typed yesterday{student_evening.typed_blind: without reading}. You blow it off, page by page{student_pinned.counted:, counting, as you counted your breaths}. # invented
* (began_miriam) [Start a letter to Miriam]
  You start a letter to your sister. Dear Miriam, we are all alive. Then you stop, because it is not true, not yet, not until Bob walks in. You tear it up. # class: letter # invented
* (wrote_harte) [Start a letter to Bob's family]
  You think of Bob's father in New York, who does not know yet. You take a sheet of paper and write "Dear Mr. Harte" and look at it until the words stop meaning anything. # invented
-
-> entry

= mexican_morning
# scene: street
You go out to the brick hut. The policemen are rubbing their wrists. The Güero has a cut on his cheek and will not look at you{not mexican_evening.handed_over:, who sat with him last night}. # invented
* [Ask what happened]
  {mexican_pinned.thought_police:You wondered in the night where they were. |}"Uniforms," he says. "Police, soldiers, an officer. We thought it was an inspection. Then there were guns at our heads, and rope." # invented
  The five policemen at the hut were overpowered and tied up by men in police and army uniforms. # cite: pat # cite: mx_press_1940
  ~ raise(trust_police, 1)
* (stood_with) [Say nothing and stand with them]
  You stand with them in silence while the neighbours gather at a distance, in doorways, in nightclothes, staring at the wall. # invented
-
{classroom_cut: -> entry}
By seven your brother Chucho is there too, out of breath, having run all the way from home. He stares at the bullet-marked wall and the police cars. # invented
* (sent_home) [Tell him to go home]
  "Go home," you say. "Tell Mamá I'm alive." He does not go. He stands by the wall with his hands in his pockets and looks at it for a long time. # invented
* [Show him the wall]
  You show him the holes in the plaster by the garage, and tell him what you heard. He says nothing. Then he says: "El Popular will say you did it yourselves." You both know it is true. # invented
  ~ known += k_comintern_press
-
Lupe is among the neighbours, a shawl over her head{mexican_evening.said_yes:; her tamarind sweets are still in your pocket}. She sees you and presses a hand to her mouth, and then, after a moment, comes over and touches your sleeve, to make sure. # invented
-> entry

= entry
# scene: gate
# time: day
# ambience: street
How did they get in? # invented
{trust_lt >= 3:The Old Man asks it of you himself that morning, as of everyone. It will not stop.|That question starts that morning and will not stop.} # invented
The first Mexican newspaper reports said the attackers came over the wall with ladders. # cite: mx_press_1940
Others, later, said the guard at the door had been rushed and overwhelmed. # cite: con
Most historians now think that Harte opened the door to someone he knew. Whether he was deceived, or knew more than that, is still argued over. # cite: pat # cite: mit
{teamster_morning.looked_door:You have looked at that door a long time. }{garage_rest.walked_paths:You have walked every path in the garden. }What do you think, this first morning? # invented
* (view_face) [Someone he knew came to the door]
  You think of the bar lifted, not broken, and the serape folded. Someone came to the door whom Bob knew, and Bob opened it. What that means about Bob, you do not let yourself think. # invented # view: entry_known_face
* (view_wall) [They came over the wall]
  You think of the fourteen-foot wall and the ladders these men must have brought, and you hold on to that. They came over the wall. # invented # view: entry_ladders
* (view_rushed) [They rushed him]
  You think of twenty men against one tired young man in a dark garage. They rushed him, overwhelmed him, took him. # invented # view: entry_overwhelmed
* (view_unsure) [You don't know]
  You don't know. You were asleep. You know only that he is gone. # invented # view: entry_unsure
-
-> police_come

= police_come
# scene: patio
# sfx: car_engine
Within half an hour a police car at the garage door: Colonel Leandro Sánchez Salazar, head of the secret service. # cite: pat
{not classroom_cut: He would remember how calm the Old Man was that morning: so calm that at first the colonel wondered whether the whole thing had been staged. # cite: ss # cite: pat}
{role == mexican: {trust_police >= 3:The men from the hut point you out to the colonel: you speak both languages.|The colonel needs someone who speaks both languages to talk to the American guards. You are pushed forward.} # invented}
{role == mexican: You translate the first questions and hear in them, already, the thing the papers will be saying within days: that it was a trick, a self-attack. # invented}
{role != mexican and not classroom_cut: You watch the colonel's men measuring the holes and writing in notebooks, and before the day is out a man from the United States consulate arrives as well. # cite: pat}
{classroom_cut: -> morning_after}
* [Answer his questions plainly]
  You tell him what you saw: your watch, the handover at one, the guns at four, the cars{teamster_morning.followed:, the tracks that end at the paving}{teamster_morning.looked_door:, the bar lifted, not broken}{mexican_pinned.listened:, the calm voice giving orders}. {house ? visitor_log:You hand him the exercise book from the nail by the door. }He writes it down. # invented
  ~ raise(trust_police, 1)
* (asked_harte) [Ask him what he will do about Harte]
  "What about Harte?" you ask. "An American is missing." The colonel looks at you for a long moment and says that is exactly what he is asking himself. # invented
-
-> morning_after

= morning_after
# scene: patio
# time: day
# ambience: garden
# music: grief
{trust_natalia >= 3:Natalia sends out coffee, and the first cup is yours. }The hens want feeding; they do not know. # invented
{trust_seva >= 3:Seva, limping, feeds the rabbits and lets you carry the bucket.|Someone feeds the rabbits. Someone always does.} # invented
{not classroom_cut: The bedroom has bullet holes in its walls. They are still there. # cite: pat}
Bob Harte is gone. Both cars are gone. Within days the Communist press will be calling it a self-attack, a comedy staged by Trotsky himself. # cite: comintern
~ known += k_comintern_press
{
- student_morning.wrote_harte: You sit down on an upturned crate with the sheet that says "Dear Mr. Harte", and add nothing to it. # invented
- letters_home > 0: You sit down on an upturned crate to write home, and write the date, and cannot write anything after it. # invented
- else: You sit down on an upturned crate and look at your hands until they stop. # invented
}
{withdrawal.chase: You ran after them once tonight, for nothing. # invented}
{
- entry.view_face: You keep thinking of the bar, lifted and not broken. # invented
- entry.view_wall: You keep looking at the top of the wall. # invented
- entry.view_rushed: You keep seeing one tired man against twenty. # invented
- entry.view_unsure: You still do not know how they got in. # invented
}
Then you have to do something with yourself. # invented
{classroom_cut: -> friday}
* [Go back to the door]
  You take the garage door, because nobody else is watching it{police_come.asked_harte:, and because if Bob comes back it will be through there}. Out in the road: policemen, neighbours, a photographer. For an hour you let nobody in who has no business here. # invented
  ~ raise(trust_guards, 1)
* [Lie down for an hour]
  You lie down on your cot in your boots and sleep for an hour without dreaming. When you wake there is one second in which you have forgotten. Then you remember. # invented
-
-> friday

= friday
It is Friday, the twenty-fourth of May, 1940, and it is not yet nine o'clock in the morning. # invented # pause
-> ch3_aftermath
