// Chapter 5: early to mid August 1940, up to Saturday 17 August, and the two days after (record.md §1.3, §2.4,
// §3.4–3.5, §5.1–5.3). Every path passes `# record: rehearsal_1940_08_17` once, in the stitch `closed_door`.
// Shared scenes every role passes: routine, night_watch, letter_from_home, table, visit_day, closed_door, after,
// sunday, monday. Role scenes: teamster_days, student_days, mexican_days.
=== ch5_rehearsal
# checkpoint: ch5_rehearsal
# scene: tower
# time: dawn
# music: house
# ambience: garden
August 1940 # class: title
-> routine

= routine
# sfx: rooster
The house has learned to live inside its new walls: steel doors, new towers, sandbags, wire, lights that burn all night, paid for by supporters of the Fourth International a few dollars at a time. # cite: han40
{classroom_cut: -> by_role}
Hank Schnautz's journal gives the days their shape: the night watch ends at one, and men trade shifts whenever a fever or a letter gets in the way. # cite: sch
The tower guard sweeps his tower, cleans the guns and works the door, and is kept so busy, Schnautz notes, that he never gets anything read or written. # cite: sch
Behind the garage Schnautz has counted nineteen rabbit hutches, and the hen-house further on holds about four dozen chickens. The Old Man feeds them himself. # cite: sch
- (chores)
* {chores < 3} [Take your turn in the main tower.]
    # scene: tower
    The tower smells of gun oil and whitewash. You sweep out the night's cigarette ends and wipe the rifle down before you sit at the firing slit. # invented
    Below lies Avenida Viena: a dirt road, a few adobe huts, and across it the dry bed of the Churubusco, where women spread washing on the stones. # cite: pat
    When someone rings at the street, the guard at the outer steel door looks in and looks up at you. Only when you press the button does the inner grille open into the garden. Two men for every entry, and two for every exit. # cite: sch # invented
    # sfx: steel_door
    By noon your eyes ache from the glare. # invented
    ~ raise(trust_guards, 1)
    -> chores
* {chores < 3} [Help string barbed wire along the top of the wall.]
    # scene: patio
    # sfx: hammer
    The work is not finished, and the list of what is still to come reads like a siege: barbed-wire entanglements, bomb-proof nets, even an electric eye, still being studied. # cite: han40
    Above the guards' rooms the labourers are raising a second storey, and their trowels ring all morning. # cite: sch
    All morning you pass coils up a ladder in gloves too thin for the job. By noon both gloves are bloody, and twenty yards of wall wear a bright new fence. # invented
    ~ raise(trust_guards, 1)
    -> chores
* (errands) {chores < 3} [Take the car into town for milk and errands.]
    # scene: market
    # ambience: market
    # sfx: car_engine
    Errands go on the roster too: the milk, the customs office, a car that needs repairs. Someone must always drive, and someone must always stay. # cite: sch
    You come back with cans of milk knocking together on the back seat and a list of things the shops did not have. # invented
    # scene: gate
    # ambience: garden
    At the gate the whole ritual runs again in reverse: the bell, the face at the slot, the tower, the grille. # cite: sch
    -> chores
+ [Enough. The night has its own work.]
    -> night_watch

// ---------- A night watch in the middle of the month: shared ----------
= night_watch
# scene: tower
# time: night
# ambience: night
A night in the middle of the month, and the main tower is yours from seven until one. # invented
{
- role == teamster:
    From up here you hear every truck on the Churubusco road before its lights show, and you catch yourself naming the gear changes. # invented
- role == student:
    You brought a book up out of habit, a Penguin with the cover half gone. It lies shut on the sandbags all night; the light is all pointed outwards, and so are you. # invented
- else:
    The evening watch sometimes falls to a Mexican comrade. # cite: sch
    You know by ear which of the dogs along the river belongs to which house, and which of the lights going out on the far bank is your aunt's. # invented
}
The spotlights make a white box of the street; beyond it Coyoacán goes dark. # invented
A pencilled note in the guardroom says where the milk for the break comes from: get it from Fanny. # cite: sch
By one account that is Fanny Yanovitch, who types the Old Man's Russian dictation. # cite: museum_site
* [Take a mug of milk down to the police hut.]
    {role == mexican:
        The agents at the hut take the milk and the news with it. You are the only one in the house they talk to without a pause to find the words. # invented
    - else:
        Your Spanish runs out after "buenas noches", and theirs in English after "okay". The agents drink the milk anyway and teach you the Spanish for spotlight, which you forget by morning. # invented
    }
    {routine.errands: The milk is from the cans you fetched from town yourself. # invented}
    ~ raise(trust_police, 1)
* [Eat at the slit with your eyes on the street.]
    You eat at the slit, one hand free, and decide that a tower is never half-watched, whatever the roster says about breaks. # invented
    {house ? night_rota:
        The rota already staggers the breaks so that nobody leaves a post for his milk. You keep to it, and see that the man after you does too. # invented
    - else:
        ~ house += night_rota
        In the morning you ask for the breaks to be staggered on the rota, so that no post is ever left empty. Nobody objects; it costs a pencil. # invented
    }
* [Write a few lines home by the glow of the lamps.]
    ~ letters_home++
    You get four lines written on your knee before the next car comes down the road and your hand goes back to the rifle. It is less than you meant to say. # invented
- At midnight something moves in the river bed: a shape, then a voice, then a bottle knocked against a stone. # invented
* (lit) [Swing the spotlight onto it.]
    The lamp finds a man in a straw hat, singing, who raises his bottle to the light as if it were an audience. He bows, and falls over, and gets up, and goes home the long way. # invented
    You laugh, alone in the tower, and your hands do not stop shaking for a quarter of an hour. # invented
* [Call down to the police hut.]
    Two agents walk over to the bank with a lantern, take a long look, and wave up at you: a drunk, on his way home. # invented
    ~ raise(trust_police, 1)
* [Press the buzzer to wake the guardroom.]
    # sfx: alarm_buzzer
    Nothing rings below. You give up and shout, and at last a man in his undershirt comes out swearing, with a rifle, in time to hear a drunk singing his way home along the river bed. # invented
    In the morning you trace the fault to a wire chewed through behind the guardroom door, and splice it. A false alarm has found a real one. # invented
    ~ house += alarm_tested
- At one your relief climbs the ladder, and you sleep in the guardroom with your boots on. # invented
-> by_role

= by_role
{
- role == teamster: -> teamster_days
- role == student: -> student_days
- else: -> mexican_days
}

// ---------- The Teamster: the garage, the cars, Jacson's Buick ----------
= teamster_days
# scene: gate
# time: day
# ambience: street
The garage is the only way in or out of the compound, and you spend more of your days there than anywhere else. # cite: pat
In June, the man the house calls Jacson left his Buick with the guards and flew to New York; Jake Cooper, another Minneapolis Teamster, drove him to the airport. The guards used the car while he was gone. # cite: ss
Late in July he was back, thinner and jumpier than before, with chocolates for Natalia. The Buick is his again. # cite: pat
You drove that car yourself in June, to the market and back. A good engine, too good for the roads out here, and clean as a hotel lobby inside. # invented
- (garage)
* (refugio) {garage < 3} [Go down to Don Refugio's workshop by the market.]
    # scene: market
    # ambience: market
    In a workshop no bigger than a horse stall, Don Refugio has fixed the household's Ford twice without asking who it belongs to. # invented
    He asks about Minneapolis. You tell him about 1934: the trucks held in the yards, the pickets, the long hot summer of it. He listens with a wrench in his hand and says that in Mexico, too, the men who drive things can stop things. # invented
    Then he asks, carefully, whether it is true that the old Russian lives behind those walls like a prisoner. You say he lives like a man who has been shot at. # invented
    ~ letters_home++
    That night you write to your mother about Don Refugio, and the dust, and nothing at all about the walls. # invented # class: letter
    {classroom_cut: -> letter_from_home}
    -> garage
* {garage < 3} [Ask the others what they make of Jacson.]
    # scene: guardroom
    The guards talk about him the way men talk about the weather. He is Sylvia's husband, or near enough. He has money, an office in town, a business nobody quite understands. # cite: pat
    He has been to Hank and Dorothy Schultz's flat a dozen times, taken them to the zoo, taken them picnicking below Popocatépetl, and he boasts of his mountain climbing to anyone who will listen. # cite: pat
    How often he has actually been inside these walls, historians still disagree: about ten calls by the Soviet files, five or six by another count. He has met the Old Man himself only a handful of times. # cite: mit # cite: con
    ~ known += k_jacson_story
    {classroom_cut: -> letter_from_home}
    -> garage
* {garage < 3} [Propose a book at the door for every arrival and departure.]
    {house ? visitor_log:
        The book is already there, on a shelf inside the outer door, its columns ruled in pencil: name, time in, time out. # invented
    - else:
        ~ house += visitor_log
        The others shrug and agree, and a school exercise book goes on the shelf inside the outer door: name, time in, time out. # invented
    }
    Years later a writer would give Jacson's arrivals almost to the minute, as if from such a book. Where his times came from, he does not say. # cite: levine
    ~ raise(trust_guards, 1)
    {classroom_cut: -> letter_from_home}
    -> garage
+ [Back to work.]
    -> letter_from_home

// ---------- The Student: the library, the polemic, Bob's plaque ----------
= student_days
# scene: library
# time: day
# ambience: house
# sfx: typewriter
In the library the typewriters hardly stop. The Old Man is finishing a long indictment, "The Comintern and the GPU", written for the Mexican court that is investigating the May raid. # cite: lt_cgpu
Your French gets you work checking quotations against the newspapers they came from. You are slow, and nobody minds, as long as every word is right. # invented
- (library)
* {library < 3} [Stop at the plaque in the inner doorway.]
    # scene: gate
    On the sixth of August, the day fourteen or so correspondents came to interview the Old Man, Hank Schnautz set a marble plaque into the inner doorway. # cite: sch
    In Memory of Robert Sheldon Harte, 1915–1940, Murdered by Stalin. # class: document # cite: rou
    You knew Bob in New York before either of you came south. He could talk to anyone about anything. # invented
    Seva would remember, long afterwards, the Old Man scolding Bob in his first weeks for leaving the street door open. # cite: ev
    You stand there longer than you mean to. You still do not know what he knew, on that last night, or what he thought he was doing when he opened the door. # invented
    ~ known += k_harte_past
    {classroom_cut: -> letter_from_home}
    -> library
* (polemic) {library < 3} [Reread the polemic with the Minority.]
    The spring's great quarrel is still in the files: Max Shachtman and James Burnham against the Old Man on whether the Soviet Union is still a workers' state to be defended. The Minority walked out of the party in New York in April, and on 21 May Burnham resigned even from the new party it had made, writing that he was no longer a Marxist. # cite: pat # cite: fi_1940_08
    In July, a couple of visiting Minority sympathisers argued it out with the guards in the dining room, with the Old Man in the chair. You remember the argument better than the answers. # cite: pat
    You know these arguments the way you know your own street. Anyone who wrote about them now would be writing on well-trodden ground. # invented
    {classroom_cut: -> letter_from_home}
    -> library
* {library < 3} [Write to Miriam in New York.]
    ~ letters_home++
    Dear Miriam, it is quiet here in a way that is hard to describe. They have put up a stone for Bob. I work in a library with bars on the windows, and every evening someone checks that the bars are still there. # class: letter # invented
    Your sister will read the letter aloud to the others in the youth group, who knew Bob too, so you leave out the part about being afraid. # invented
    {classroom_cut: -> letter_from_home}
    -> library
+ [Go back to the quotations.]
    -> letter_from_home

// ---------- The Mexican comrade: the police post, the press, the neighbourhood ----------
= mexican_days
# scene: street
# time: day
# ambience: street
Outside the walls is your part of the world. The brick police hut by the gate holds three times the men it held in May: the government tripled the detail after the raid. # cite: han40 # invented
You live a few streets away. The policemen know your face, and your mother's, and which bakery you buy from. # invented
Along the dirt road the neighbours have opinions about the house: he is a millionaire, or a spy, or a saint, depending on the hour. # invented
The children play at raiders and guards against the new wall, and nobody wants to be the guards. # invented
- (outside)
* {outside < 3} [Stand a while with the agents at the hut.]
    Agente Rosales is the one who talks. He tells you the new men are bored, the old men are ashamed, and everyone knows what the papers say about the house. # invented
    He asks whether the gringos inside really sleep with rifles. You tell him they sleep very little, with or without. He laughs, and then does not. # invented
    ~ raise(trust_police, 1)
    {classroom_cut: -> letter_from_home}
    -> outside
* (tourists) {outside < 3} [Turn the tourists away from the gate.]
    Since the sixth the house has refused tourists. # cite: sch
    Couples still come down the dirt road to see the walls the raiders shot at. You tell them in Spanish, as politely as you can, that this is a private house and not a museum. One of them says it will be a museum one day. You do not answer. # invented
    {classroom_cut: -> letter_from_home}
    -> outside
* {outside < 3} [Read the morning papers at the corner.]
    # scene: market
    # ambience: market
    The campaign in El Popular and La Voz de México has not let up since the winter. # cite: ev
    In May they called the raid a put-up job, a "self-attack" staged by the Old Man himself for publicity. # cite: comintern
    By one account the Old Man has a libel case going against El Popular, and a lawyer who comes about it. # cite: ss
    The vendor folds a copy for you without being asked, and says his brother-in-law believes every word. # invented
    ~ known += k_comintern_press
    {classroom_cut: -> letter_from_home}
    -> outside
* {outside < 3} [Take the long way home past the river.]
    # scene: street
    # ambience: garden
    Your mother asks, as she does every evening, whether it is worth it. You tell her about the rabbits, which she finds funny, and about the plaque for the American boy, which she does not. # invented
    ~ letters_home++
    Later you write to your older brother in Monterrey. You tell him you have work with foreigners, which is true, and that it is quiet, which is almost true. # class: letter # invented
    {classroom_cut: -> letter_from_home}
    -> outside
+ [Go in for your shift.]
    -> letter_from_home

// ---------- A letter from home: shared, with each role's own sender ----------
= letter_from_home
{classroom_cut: -> table.talk}
# scene: guardroom
# time: day
# ambience: house
{letters_home >= 3: You write more letters than anyone in the house, and today one comes back: the tower guard hands it down with a grin. | The mail comes in through the steel doors like everything else, and the tower guard hands yours down with a grin.} # invented
{
- role == teamster:
    It is from your mother in Minneapolis. Your brother has steady work at the yards again; the hall took up a collection for the house. She has read about Mexico in the paper and would like you home before the first snow. # class: letter # invented
- role == student:
    It is from your sister Miriam. The youth group has split down the middle like the party, and half the friends you left have gone with the Minority. She asks, not quite as a joke, which side of the room you will sit on when you come home. # class: letter # invented
- else:
    It is from your older brother in Monterrey. There is work at the foundry and he can get you taken on; the pay is regular, and nobody shoots at foundrymen. Your mother would sleep better, he writes, and so would he. He has folded two pesos into the page, "for the bus north". # class: letter # invented
}
* (going_home) [Write back that you will come home before winter.]
    ~ letters_home++
    You write it in one go, before you can think better of it. Sealing the envelope feels like putting down something heavy, and like closing a door, both at once. # invented
* (staying) [Write back that you are staying as long as you are needed.]
    ~ letters_home++
    You write that you are needed here. You do not write by whom, or for how long; you do not know. # invented
* (unanswered) [Put it away unanswered for now.]
    You fold it into your shirt pocket. It stays there for days, until the paper goes soft at the creases and you could recite it without looking. # invented
- A photograph has come in the envelope too. # invented
{
- role == teamster:
    Your mother and your brother on the back step at home, squinting, with the dog. On the back, in your brother's capitals: "SMILE". # invented
- role == student:
    The youth group at the beach last summer, sunburnt, arms round each other's shoulders. Bob is at the end of the row, half out of the picture, laughing at something outside it. # invented
- else:
    Your brother in his foundry overalls, very serious, with a new hat. On the back he has written the price of the hat. # invented
}
* [Pin it up over your bunk.]
    You pin it over your bunk. By evening every man in the guardroom has looked at it and said something rude and kind about it. # invented
    ~ raise(trust_guards, 1)
* [Show it to Seva.]
    You show it to Seva on the step. He studies it seriously, asks who everyone is, and says nothing about his own family, who are not in any photograph he can show you. # invented
    ~ raise(trust_seva, 1)
* (kept) [Keep it in your pocket, where only you will see it.]
    You keep it in your pocket, with the letter. Some things in this house are nobody's business, and it seems right that one of them should be yours. # invented
- Letters leave the way they come in, past a tower and through two doors, into a world where nobody counts a visitor's minutes. # invented
-> sandbag_rack

// ---------- Schnautz's sandbag rack: shared ----------
= sandbag_rack
# scene: tower
# time: day
# ambience: garden
# sfx: hammer
Hank Schnautz is building a quick-release rack for sandbags in one of the towers. # cite: sch
It will let a guard close the firing slit in a hurry, and he needs a second pair of hands. # invented
{role == mexican:
    The carpenter who sold him the hinges spoke no English, and Schnautz wants to know what the man was trying to tell him. You tell him: that the pins are soft, and he should not trust them in the rain. # invented
}
* [Hold the boards while he fits the catch.]
    You hold the boards while he fits the catch, and then hold them again when he decides the catch is wrong. He works the way he writes his journal, a line at a time, checking each one. # invented
    ~ raise(trust_guards, 1)
* (timed) [Time how fast the bags can come down.]
    You time it with your watch. The first drop takes twelve seconds and a skinned knuckle; the fifth takes three. Three seconds is quick, you think, and then you think about May, when three seconds would have been far too long. # invented
* [Ask what else goes into his journal.]
    He shows you a page: shifts, names, who fetched the milk, a complaint about the heat. Nobody would call it history, and it is exactly what history will not otherwise remember. That night you start a page of your own. # invented
    ~ letters_home++
- By evening the rack is in, painted the colour of the wall, and from the street the tower looks no different. That is the point. # invented
-> table

// ---------- Supper in the dining room: shared ----------
= table
# scene: dining
# time: dusk
# ambience: house
Meals are eaten together at the long table, in as many languages as there are people: Russian between the Old Man and Natalia, French with Seva and the secretaries, English among the guards, Spanish with the kitchen and the police. # cite: pat # cite: ev
Politics is the household's daily bread, but not in front of the boy: Seva would remember his grandfather warning the grown-ups against talking politics where he could hear. # cite: ev
{role == mexican:
    You are the one who carries the Spanish between the table and the kitchen door: more tortillas, less chile for the gringos, the Señora's thanks. # invented
}
* [Ask Seva about his school.]
    Seva walks to his school alone every day. # cite: ev
    He tells you about a teacher who reads poems aloud with his eyes shut and a boy who can spit over the school wall. He does not mention the walls of this house once. # invented
    ~ raise(trust_seva, 1)
* [Try your French on Natalia.]
    You ask Natalia, in careful French, about the rain that comes every afternoon now. She corrects one word, gently, and answers the rest as if the weather were worth a real conversation. For a minute it is. # invented
    ~ raise(trust_natalia, 1)
* [Sit where you can see the door to the patio.]
    You take the chair with its back to the wall and eat with one eye on the patio door. Nobody remarks on it. Half the guards at the table are sitting the same way. # invented
    ~ watchful++
- (talk)
# scene: guardroom
# time: night
Later, in the guardroom, somebody mentions that Sylvia's Jacson has written an article on the Russian question and wants the Old Man's opinion of it. # cite: pat
* (asked_why) [Ask what a businessman wants with the Russian question.]
    Everybody in the movement writes something sooner or later, somebody says; why not a man with an office and time on his hands? You hear what he is supposed to be: a French-Canadian with a Canadian passport, educated in Paris, close to the comrades there and a donor to their paper. # cite: pat # cite: con
    ~ known += k_jacson_story
* (offered_read) [Offer to read his draft before the Old Man sees it.]
    You offer to read the thing first, for the house. The others laugh, not unkindly. # invented
    The man has asked for the Old Man's advice, not the guards', and known visitors come in with their papers and pockets unexamined. # cite: pat # cite: han40
    ~ proposals_refused++
* (let_go) [Let it go and turn in.]
    You let it go. A man may write an article. You lie awake a while anyway, listening to the tower guard's boots overhead. # invented
- -> visit_day

// ---------- Saturday 17 August: shared ----------
= visit_day
# scene: patio
# time: day
# ambience: garden
# music: dread
Saturday, 17 August 1940 # class: title
Jacson wants the Old Man's advice on an article he is writing, on the Old Man's side against Shachtman and Burnham in the quarrel over the nature of the Soviet Union. # cite: pat
Sylvia Ageloff is back in Mexico too. The couple have been to the house; there was talk of tea with the Trotskys, though no one you ask can say which day. # cite: pat
Today he comes to the door with his draft. He wears a hat, and carries a raincoat over his arm. # cite: pat
{
- role == teamster:
    From the garage you watch the Buick pull in against the wall, and the man get out with his papers held flat against his chest, as if the wind might take them. There is no wind. # invented
- role == student:
    From the library window you see him cross the patio. You notice the papers before the man: a few pages, curled from being held too tightly. # invented
- else:
    Agente Rosales nods him through the police line without a word. "El del Buick," he says to you{trust_police >= 3:, low, the way he tells you everything now}. The man with the Buick. Everyone knows him. # invented
    {mexican_days.tourists: There are no tourists on the road today, only the Buick.} One of the new agents walks once round the car, slowly, the way boys on this street walk round a horse they will never afford. # invented
}
He is a known visitor, Sylvia's man, a friend of the Rosmers. The door is opened for him, as it is opened for friends. # cite: han40
- (approach)
* [Ask the guard on the door to search him.]
    -> search
* [Ask to sit in the study while they talk.]
    -> stay
* [Look at the sky. There is not a cloud in it.]
    ~ watchful++
    The raincoat bothers you more than it should. August is the rainy season, you remind yourself, and the afternoons can turn. Still, the sky is bare. # invented
    -> approach
+ (let_pass) [Let him pass. He is a friend of the house.]
    -> closed_door

= search
You catch the guard's sleeve as the grille swings shut and say it, quietly: search him. The coat, the papers, his pockets. # invented
{table.offered_read: "First his article, now his pockets," the guard says, not unkindly.|The guard looks at you the way the older men look at all the new ones.} Since 1937 the secretaries have asked for exactly that: every visitor searched, and the Old Man never left alone with one. # cite: han40
He has refused them every time. The Old Man will not have his friends searched at his own door, and this man is a friend of the house. The order stands. # pushback: search_jacson # cite: han40
~ proposals_refused++
* [Insist. Say that you don't trust him.]
    You say it. The guard asks what, exactly, you have against him. You have nothing you can put into words: a coat, a face, a feeling. Nobody in the house can be searched on a feeling, least of all a man the Old Man has invited. # invented
    ~ lower(trust_guards, 1)
    -> closed_door
* [Let it go, and stay close to the door.]
    ~ watchful++
    You take a place by the inner grille where you can see the patio and the door to the house. It is something. It is not much. # invented
    -> closed_door

= stay
The visitor's way to the study runs from the patio through the library and the dining room. # cite: pat
You follow as far as the dining room, where Natalia is sitting, and ask whether you should go in with them. She looks at you kindly{trust_natalia >= 3:, as at someone she has come to count on}, and then at the study door. It was never a question for her to answer. # invented
The Old Man sees his visitors alone. Since 1937 his secretaries have asked that he never be left alone with one, and he has never agreed; a guard at his elbow while he talks with a comrade is exactly what he will not accept. # pushback: stay_in_study # cite: han40
~ proposals_refused++
* [Wait in the dining room anyway.]
    You sit at the long table with your hands flat on the wood. Through the wall you can hear a voice now and then, never the words. # invented
    ~ raise(trust_natalia, 1)
    -> closed_door
* [Go back to your post.]
    You go back out into the light. Whatever is happening in there is happening without you, as it was always going to. # invented
    -> closed_door

= closed_door
# scene: study
# ambience: house
The study door closes. For the first time, Jacson is alone with the Old Man. # record: rehearsal_1940_08_17 # cite: pat
* [Keep your eyes on the door of the house.]
    ~ watchful++
    You watch the door until the grain of the wood swims. Nothing happens that you can see: a hen crosses the patio, a typewriter starts and stops. Watching, it turns out, is mostly this. # invented
* (not_watching) [Go back to your work and make yourself not watch.]
    {
    - role == teamster:
        You put your head under the hood of the Ford and tighten things that are already tight. # invented
    - role == student:
        You go back to your quotations and read the same French sentence four times. # invented
    - else:
        You go out to the hut and talk to Rosales about football, and hear not one word he says. # invented
    }
* (clock) [Call up to the tower guard for the time, and then again.]
    "Four minutes," he calls down. Later: "Seven." Later still, with an edge in it: "You got a train to catch?" You stop asking. # invented
- What happened inside comes from the people who heard of it afterwards. He sat on the desk, among the manuscripts. He kept his hat on. The raincoat stayed over his arm. # cite: pat
The Old Man read the draft and found nothing original in it: the arguments of his own side, at second hand. He suggested changes, and invited the man to come back with a better version. # cite: pat
{table.asked_why: A businessman with time on his hands, the guards said. Time enough to learn the Old Man's arguments, not to add to them. # invented}
The visit lasts eleven minutes. # cite: pat
{sandbag_rack.timed: You know it to the minute: you timed it on the watch you used for the sandbags. # invented}
# scene: patio
# ambience: garden
Then he is crossing the patio again with his papers and his coat, {house ? visitor_log:the time out goes into the book by the door, }and the grille opens and closes behind him, and the afternoon goes on. # invented # music: house
-> after

= after
{
- role == teamster:
    The Buick starts at the first try. {teamster_days.refugio: Don Refugio would love that engine and never trust its owner.|You listen to the engine down the road until it is lost among the trams.} You would know that engine anywhere. # invented
    ~ known += k_jacson_story
- role == student:
    You did not see his pages, only the way he held them. {student_days.polemic: You reread the whole quarrel this week, and you can guess what is on them|You can guess what is on them}: the Majority's case at second hand. A man who writes like that is not writing to be read. # invented
    ~ known += k_jacson_story
- else:
    At the hut Rosales asks whether the señor del Buick is going to be famous, with his articles. You say you hope not. It comes out harder than you meant. # invented
    ~ raise(trust_police, 1)
}
* [Tell Joe Hansen what bothered you about the visitor.]
    ~ watchful++
    Joe Hansen has charge of the house's security arrangements. # cite: han40
    You tell him what you saw: the hat, the coat on a cloudless day, the papers held like a shield{closed_door.clock:, eleven minutes by the tower guard's count}. He hears you out{proposals_refused >= 2:, as he has before when the answer was no}. # invented
    What can the house do with that? The man is Sylvia's companion and the Rosmers' friend, nothing at all is known against him, and whom the Old Man receives is for the Old Man to decide. # cite: pat # pushback: warn_about_jacson
* [Ask Natalia, if she will say, how the visit went.]
    Natalia does not say. She thanks you for asking, and asks whether you have eaten, in a way that closes the subject kindly and completely. # invented
    ~ raise(trust_natalia, 1)
* (kept_quiet) [Keep it to yourself.]
    You keep it to yourself{table.let_go:, as you let the talk of his article go in the guardroom}. A hat, a coat, eleven minutes: said aloud, it would sound like nothing, and you would sound like a recruit who has been too long in a tower. # invented
- Later you will hear that the Old Man told Natalia he did not like the visitor. The man had behaved strangely: sitting on the desk, the hat never taken off. And the Old Man said that he "did not resemble a Frenchman at all." # class: quote # cite: pat
Natalia would also remember him wondering aloud whether to receive the man again. Whether he decided anything, no one can say for certain. # cite: pat
# time: dusk
That evening, in the guards' rooms, the day is picked over like a meal. # invented
- (evening)
* (told_coat) {evening < 3} [Tell the others about the raincoat.]
    # scene: guardroom
    The others have seen the coat too. It is the rainy season, someone says. He is a businessman, someone else says; they are all peculiar. # invented
    ~ raise(trust_guards, 1)
    ~ watchful++
    {classroom_cut: -> monday}
    -> evening
* {evening < 3} [Ask Seva whether he has met the visitor.]
    Seva is fourteen and tired of being watched. He has seen the man with the car and the chocolates; that is all. {trust_seva >= 3:He would rather talk about school, and with you he does, for an hour.|He would rather talk about school.} # invented
    ~ raise(trust_seva, 1)
    {classroom_cut: -> monday}
    -> evening
* (french_papers) {evening < 3} {role == student} [Sit up with the French papers until the lamp goes out.]
    You sit up with Le Temps and a dictionary until someone turns the lamp out on you. The words go in and nothing stays. # invented
    {classroom_cut: -> monday}
    -> evening
* (walked_home) {evening < 3} {role == mexican} [Walk home the long way and say nothing to your mother.]
    # scene: street
    # sfx: dog_bark
    Your mother is already asleep. You sit in the kitchen and listen to the dogs answer each other across the river bed. # invented
    {classroom_cut: -> monday}
    -> evening
* (checked_cars) {evening < 3} {role == teamster} [Check the house cars before you turn in.]
    # scene: gate
    Both cars start. Both have fuel. You cannot say what you are getting ready for. # invented
    {classroom_cut: -> monday}
    -> evening
+ [Turn in.]
    {classroom_cut: -> monday}
    -> sunday

// ---------- Sunday 18 August: shared ----------
= sunday
# scene: patio
# time: day
# music: house
# ambience: garden
Sunday the 18th. Days off go round the roster like everything else, and this one is yours. # cite: sch
- (day_off)
* {day_off < 2} [Take the tram into the city.]
    # scene: market
    # ambience: street
    The tram is full of families in their Sunday clothes. You walk until your feet hurt, and for an afternoon nobody in the whole city knows where you live. # invented
    ~ letters_home++
    You buy a postcard of a cathedral and write on the back of it that you are well. For once it is true all the way down. # class: letter # invented
    {letter_from_home.kept: Twice on the tram home you take the photograph out of your pocket, and put it back. # invented}
    -> day_off
* {day_off < 2} [Sleep until noon.]
    Nobody wakes you. When you open your eyes the sun is on the far wall and somebody has left you a roll on a saucer, gone hard at the edges. It is the kindest thing that has happened to you all week. # invented
    ~ raise(trust_guards, 1)
    -> day_off
* {day_off < 2} [Weed between the big cactus in the patio.]
    # scene: patio
    Some of the cactus in the patio weigh as much as a grown man. They came back from the hills last winter in the household's cars, dug out by the Old Man himself with a pick, with a police sergeant and a guard to help. # cite: pat
    You weed around them on your knees and collect a palmful of spines for your trouble. # invented
    ~ raise(trust_lt, 1)
    -> day_off
* (hill_road) {day_off < 2} {role == teamster} [Take the Ford up the hill road to see if it still pulls.]
    # sfx: car_engine
    It pulls{after.checked_cars:, as you knew it would after last night}. You take it further than you need to, up where the road turns to stones and the city lies in the haze below like spilled salt, and you sit on the running board a while before you bring it back. # invented
    -> day_off
* (old_papers) {day_off < 2} {role == student} [Read the New York papers from a week ago.]
    A week-old Times has come in the mail, with the war on every page.{after.french_papers: After a night of Le Temps, the English goes down like water.} You read it front to back, even the advertisements, as if home were hidden somewhere in the small print. # invented
    -> day_off
* (mass) {day_off < 2} {role == mexican} [Go to Mass with your mother.]
    # sfx: church_bell
    You have not been in months. Your mother does not remark on it{after.walked_home:, nor on the hour you came in last night};  she just takes your arm on the church steps and keeps it. You light a candle and do not say, even to yourself, who it is for. # invented
    -> day_off
+ [Go back in early. The week starts soon enough.]
- # scene: patio
# time: dusk
Toward evening the others drift back from their own days off, sunburnt, with parcels and news.{night_watch.lit: One of them asks whether you have lit up any more drunks.} # invented
* [Swap stories with the men coming in.]
    One of them saw a bullfight and cannot stop describing it; another lost his wallet and is describing that. You tell them about your day, and for once nobody mentions the house. # invented
    ~ raise(trust_guards, 1)
* [Carry the greens out for the rabbits' evening feed.]
    The Old Man feeds his rabbits again before dark, and you carry the basket. He takes it from you at the hutches with a nod and goes on alone, talking to the animals under his breath. # invented
    ~ raise(trust_lt, 1)
* [Sit a while by Bob's plaque in the doorway.]
    The marble is cool even now. You read the name and the dates and the last three words again, and think that a year ago nobody here had heard of any of you. # invented
    ~ known += k_harte_past
- -> monday

= monday
# scene: study
# time: day
# music: dread
# sfx: typewriter
On Monday 19 August the Old Man finishes "The Comintern and the GPU": the May raid, the men behind it, and the party that shielded them, set out for the Mexican court page after page. # cite: lt_cgpu
{known ? k_comintern_press: The "self-attack" you have read about in the papers since May gets its answer there. # invented}
* [Write down what you saw on Saturday, while you still remember it exactly.]
    ~ watchful++
    {after.kept_quiet and not after.told_coat: You have told no one, so you tell the page.} You write it on the back pages of an exercise book: the day, the hat, the coat, the eleven minutes. It fills {watchful >= 4:a whole page|half a page}. {visit_day.let_pass: At the bottom you add that you let him pass without a word. }Read back, it looks like nothing at all. You keep it anyway. # invented
* [Help square and box the clean copy.]
    You knock the pages square on the library table, a sheaf at a time, and tie the bundles with tape. It is the closest you have come all summer to holding the Old Man's work in your hands. # invented
    ~ raise(trust_lt, 1)
* [Tell yourself Saturday was nothing.]
    // Talking yourself out of it: on Tuesday the coat will not strike you as it would have (ch6 reads watchful).
    ~ watchful = 0
    You tell yourself it was nothing: a rude man with a bad article. {closed_door.not_watching:You had practice on Saturday, making yourself not watch. }By the afternoon you almost believe it, and you are ashamed of how much better that feels. # invented
- (week_done)
{
- letter_from_home.going_home:
    Somewhere on the road north is your letter promising you home before winter. # invented
- letter_from_home.staying:
    Somewhere on the road north is your letter saying that you will stay. # invented
- letter_from_home.unanswered:
    The letter from home is still in your shirt pocket, unanswered. # invented
}
{
- sunday.hill_road:
    The Ford stands in the garage, nose out, the way you left it on Sunday. # invented
- sunday.old_papers:
    The week-old Times is still on your bunk, folded at a page you never finished. # invented
- sunday.mass:
    The candle you lit on Sunday will have burned down by now. # invented
}
In the library the clean copy is stacked and squared. Tomorrow is an ordinary working day. # invented # pause
-> ch6_attack
