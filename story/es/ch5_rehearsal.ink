// Chapter 5: early to mid August 1940, up to Saturday 17 August (record.md §1.3, §3.5, §5.1–5.3).
// Every path passes `# record: rehearsal_1940_08_17` once, in the stitch `closed_door`.
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
The house has learned to live inside its new walls. Steel doors, new towers, sandbags, wire along the top of the walls, lights that burn all night: supporters of the Fourth International pay for it, a few dollars at a time. # cite: han40
Hank Schnautz, who came down from Indiana in July, keeps a journal, and the days have a shape in it. A night shift runs from seven to one, with a break around eleven for milk and rolls. A Mexican comrade sometimes takes the evening watch. Men swap shifts when a fever or a letter gets in the way. # cite: sch
Tower duty means sweeping the tower, cleaning the guns and working the door, and it is so busy, Schnautz notes, that it leaves no time to read or write. # cite: sch
The Old Man rises early and feeds the rabbits himself. Schnautz has counted nineteen hutches behind the garage; the hen-house further on holds about four dozen chickens. # cite: sch
Many years later Seva would remember that, after May, his grandfather greeted each morning by telling Natalia they had been given one more day. # cite: ev
- (chores)
* {chores < 3} [Take your turn in the main tower.]
    # scene: tower
    The tower smells of gun oil and whitewash. You sweep out the night's cigarette ends and wipe the rifle down before you sit at the firing slit. # invented
    Below lies Avenida Viena: a dirt road, a few adobe huts, and across it the dry bed of the Churubusco, where women spread washing on the stones. # cite: pat
    When someone rings at the street, the guard at the outer steel door looks in and looks up at you. Only when you press the button does the inner grille open into the garden. Two men for every entry, and two for every exit. # cite: sch
    # sfx: steel_door
    By noon your eyes ache from the glare. You understand why Schnautz never gets a letter written up here. # invented
    ~ raise(trust_guards, 1)
    -> chores
* {chores < 3} [Cut canvas for sandbags in the guards' yard.]
    # scene: patio
    # sfx: hammer
    The duty roster for August lists the jobs like a factory board: canvas for sandbags, rubbish to haul, concrete to pour, buzzers to test, the siren and the spotlights to mount. # cite: sch
    Above the guards' rooms the labourers are raising a second storey, and their trowels ring all morning. # cite: sch
    You sew until your fingers are stiff. The canvas is coarse, the thread is waxed, and the bags, filled, weigh as much as a man. Nobody speaks much. It is the kind of work that makes people feel safer than it makes them. # invented
    ~ raise(trust_guards, 1)
    -> chores
* {chores < 3} [Take the car into town for milk and errands.]
    # scene: market
    # ambience: market
    # sfx: car_engine
    Errands go on the roster too: the milk, the customs office, a car that needs repairs. Someone must always drive, and someone must always stay. # cite: sch
    You come back with cans of milk knocking together on the back seat and a list of things the shops did not have. # invented
    # scene: gate
    # ambience: garden
    At the gate the whole ritual runs again in reverse: the bell, the face at the slot, the tower, the grille. # cite: sch
    -> chores
+ [Enough. The day has other work.]
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
The garage is the only way in or out of the compound, and you spend more of your days there than anywhere else. Engines are what you know. # cite: pat
In June, the man the house calls Jacson left his Buick with the guards and flew to New York; Jake Cooper, another Minneapolis Teamster, drove him to the airport. The guards used the car while he was gone. # cite: ss
Late in July he was back, thinner and jumpier than before, with chocolates for Natalia. The Buick went back to him. # cite: pat
You drove that car yourself in June, to the market and back. A good engine, too good for the roads out here, and clean as a hotel lobby inside. # invented
- (garage)
* {garage < 3} [Go down to Aurelio's workshop by the market.]
    # scene: market
    # ambience: market
    Aurelio has a workshop the size of a horse stall near the Coyoacán market, and he has fixed the household's Ford twice without asking who it belongs to. # invented
    He asks about Minneapolis. You tell him about 1934: the trucks held in the yards, the pickets, the long hot summer of it. He listens with a wrench in his hand and says that in Mexico, too, the men who drive things can stop things. # invented
    Then he asks, carefully, whether it is true that the old Russian lives behind those walls like a prisoner. You say he lives like a man who has been shot at. # invented
    ~ letters_home++
    That night you write to your mother about Aurelio, and the dust, and nothing at all about the walls. # invented # class: letter
    -> garage
* {garage < 3} [Ask the others what they make of Jacson.]
    # scene: guardroom
    The guards talk about him the way men talk about the weather. He is Sylvia's husband, or near enough. He has money, an office in town, a business nobody quite understands. # cite: pat
    He has been to Hank and Dorothy Schultz's flat a dozen times, taken them to the zoo, taken them picnicking below Popocatépetl, and he talks about mountain climbing as other men talk about women. # cite: pat
    How often he has actually been inside these walls, historians still disagree: about ten calls by the Soviet files, five or six by another count. He has met the Old Man himself only a handful of times. # cite: mit
    ~ known += k_jacson_story
    -> garage
* {garage < 3} [Propose a book at the door for every arrival and departure.]
    {house ? visitor_log:
        The book is already there, on a shelf inside the outer door, its columns ruled in pencil: name, time in, time out. # invented
    - else:
        ~ house += visitor_log
        The others shrug and agree. A school exercise book goes on the shelf inside the outer door: name, time in, time out. It costs nothing, and it slows nobody down. # invented
    }
    Years later a writer would give Jacson's arrivals almost to the minute, as if from such a book. Where his times came from, he does not say. # cite: levine
    ~ raise(trust_guards, 1)
    -> garage
+ [Back to work.]
    -> visit_day

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
    -> library
* {library < 3} [Reread the polemic with the Minority.]
    The spring's great quarrel is still in the files: Max Shachtman and James Burnham against the Old Man on whether the Soviet Union is still a workers' state to be defended. The Minority has walked out of the party in New York. # cite: pat
    In July, a couple of visiting Minority sympathisers argued it out with the guards in the dining room, with the Old Man in the chair. You remember the argument better than the answers. # cite: pat
    You know these arguments the way you know your own street. Anyone who wrote about them now would be writing on well-trodden ground. # invented
    -> library
* {library < 3} [Write to Miriam in New York.]
    ~ letters_home++
    Dear Miriam, it is quiet here in a way that is hard to describe. They have put up a stone for Bob. I work in a library with bars on the windows, and every evening someone checks that the bars are still there. # class: letter # invented
    Miriam is in the youth group with you and Bob in New York. She will read the letter aloud to the others, so you leave out the part about being afraid. # invented
    -> library
+ [Go back to the quotations.]
    -> visit_day

// ---------- The Mexican comrade: the police post, the press, the neighbourhood ----------
= mexican_days
# scene: street
# time: day
# ambience: street
Outside the walls is your part of the world. The brick police hut by the gate holds three times the men it held in May: the government tripled the detail after the raid. # cite: han40
You live six streets away. The policemen know your face, and your mother's, and which bakery you buy from. # invented
Along the dirt road the neighbours have opinions about the house. The women washing at the river have never seen him, and talk about him as if they had. The men outside the pulquería say he is a millionaire, or a spy, or a saint, depending on the hour. You have stopped correcting them; it only makes them curious. # invented
The children play at raiders and guards against the new wall, and nobody wants to be the guards. # invented
- (outside)
* {outside < 3} [Stand a while with the agents at the hut.]
    Agente Rosales is the one who talks. He tells you the new men are bored, the old men are ashamed, and everyone knows what the papers say about the house. # invented
    He asks whether the gringos inside really sleep with rifles. You tell him they sleep very little, with or without. He laughs, and then does not. # invented
    ~ raise(trust_police, 1)
    -> outside
* {outside < 3} [Turn the tourists away from the gate.]
    Since the sixth the house has refused tourists. Couples come down the dirt road anyway, to see the walls the raiders shot at. # cite: sch
    You tell them in Spanish, as politely as you can, that this is a private house and not a museum. One of them says it will be a museum one day. You do not answer. # invented
    -> outside
* {outside < 3} [Read the morning papers at the corner.]
    # scene: market
    # ambience: market
    The campaign in El Popular and La Voz de México has not let up since the winter. # cite: ev
    In May they called the raid a put-up job, a "self-attack" staged by the Old Man himself for publicity. # cite: comintern
    By one account the Old Man has a libel case going against El Popular, and a lawyer who comes about it. # cite: ss
    The vendor folds a copy for you without being asked, and says his brother-in-law believes every word. # invented
    ~ known += k_comintern_press
    -> outside
* {outside < 3} [Take the long way home past the river.]
    # scene: street
    # ambience: garden
    Your mother asks, as she does every evening, whether it is worth it. You tell her about the rabbits, which she finds funny, and about the plaque for the American boy, which she does not. # invented
    ~ letters_home++
    Later you write to your brother in Monterrey. You tell him you have work with foreigners, which is true, and that it is quiet, which is almost true. # class: letter # invented
    -> outside
+ [Go in for your shift.]
    -> visit_day

// ---------- Saturday 17 August: shared ----------
= visit_day
# scene: patio
# time: day
# ambience: garden
# music: dread
Saturday, 17 August 1940 # class: title
Jacson has a new reason to call. He says he is writing an article on the quarrel over the nature of the Soviet Union, on the Old Man's side against Shachtman and Burnham, and would value his advice. # cite: pat
Sylvia Ageloff is back in Mexico too. The couple have been to the house; there was talk of tea with the Trotskys, though no one you ask can say which day. # cite: pat
In the afternoon he comes to the door with his draft. He wears a hat, and carries a raincoat over his arm. # cite: pat
{
- role == teamster:
    From the garage you watch the Buick pull in against the wall, and the man get out with his papers held flat against his chest, as if the wind might take them. There is no wind. # invented
- role == student:
    From the library window you see him cross the patio. You notice the papers before the man: a typed draft, pages curled from being held too tightly. # invented
- else:
    Agente Rosales nods him through the police line without a word. "El del Buick," he says to you. The man with the Buick. Everyone knows him. # invented
}
He is a known visitor, Sylvia's man, a friend of the Rosmers. The door is opened for him, as it is opened for friends. # cite: han40
- (approach)
* [Ask the guard on the door to search him.]
    -> search
* [Ask to sit in the study while they talk.]
    -> stay
* [Look at the sky. There is not a cloud in it.]
    The raincoat bothers you more than it should. August is the rainy season, you remind yourself, and the afternoons can turn. Still, the sky is bare. # invented
    -> approach
+ [Let him pass. He is a friend of the house.]
    -> closed_door

= search
You catch the guard's sleeve as the grille swings shut and say it, quietly: search him. The coat, the papers, his pockets. # invented
The guard looks at you the way the older men look at all the new ones. Since 1937 the secretaries have asked for exactly that: every visitor searched, and the Old Man never left alone with one. # cite: han40
He has refused them every time. The Old Man will not have his friends searched at his own door, and this man is a friend of the house. The order stands. # pushback: search_jacson # cite: han40
~ proposals_refused++
* [Insist. Say that you don't trust him.]
    You say it. The guard asks what, exactly, you have against him. You have nothing you can put into words: a coat, a face, a feeling. Nobody in the house can be searched on a feeling, least of all a man the Old Man has invited. # invented
    ~ lower(trust_guards, 1)
    -> closed_door
* [Let it go, and stay close to the door.]
    You take a place by the inner grille where you can see the patio and the door to the house. It is something. It is not much. # invented
    -> closed_door

= stay
The visitor's way to the study runs from the patio through the library and the dining room. # cite: pat
You follow as far as the dining room, where Natalia is sitting, and ask whether you should go in with them. She looks at you kindly, and then at the study door. It was never a question for her to answer. # invented
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
What happened inside comes from the people who heard of it afterwards. He sat on the desk, among the manuscripts. He kept his hat on. The raincoat stayed over his arm. # cite: pat
The Old Man read the draft and found nothing original in it: the arguments of his own side, at second hand. He suggested changes, and invited the man to come back with a better version. # cite: pat
The visit lasts eleven minutes. # cite: pat
# scene: patio
# ambience: garden
Then he is crossing the patio again with his papers and his coat, and the grille opens and closes behind him, and the afternoon goes on. # invented # music: house
-> after

= after
{
- role == teamster:
    The Buick starts at the first try. You listen to the engine down the road until it is lost among the trams. You would know that engine anywhere. # invented
    ~ known += k_jacson_story
- role == student:
    You find a carbon of the draft later on the library table, or think you do; it might have been another. It is the Majority's argument at second hand, every phrase you have heard in the dining room since spring. A man who writes like that is not writing to be read. # invented
    ~ known += k_jacson_story
- else:
    At the hut Rosales asks whether the señor del Buick is going to be famous, with his articles. You say you hope not. It comes out harder than you meant. # invented
    ~ raise(trust_police, 1)
}
You will not hear this part until after. The Old Man told Natalia that he did not like the visitor. The man had behaved strangely: sitting on the desk, the hat never taken off. And the Old Man said that he "did not resemble a Frenchman at all." # class: quote # cite: pat
Natalia would also remember him wondering aloud whether to receive the man again. Whether he decided anything, no one can say for certain. # cite: pat
# time: dusk
That evening, in the guards' rooms, the day is picked over like a meal. # invented
- (evening)
* {evening < 3} [Tell the others about the raincoat.]
    # scene: guardroom
    The others have seen the coat too. It is the rainy season, someone says. He is a businessman, someone else says; they are all peculiar. It is not an argument anyone can win, and nobody tries to. # invented
    ~ raise(trust_guards, 1)
    -> evening
* {evening < 3} [Ask Seva whether he has met the visitor.]
    Seva is fourteen and tired of being watched. He has seen the man with the car and the chocolates; that is all. He would rather talk about school. # invented
    ~ raise(trust_seva, 1)
    -> evening
* {evening < 3} {role == student} [Put the carbon back where you found it.]
    You set it face down under a stack of French newspapers. Nobody asks you about it, then or later. # invented
    -> evening
* {evening < 3} {role == mexican} [Walk home the long way and say nothing to your mother.]
    # scene: street
    # sfx: dog_bark
    Your mother is already asleep. You sit in the kitchen and listen to the dogs answer each other across the river bed. # invented
    -> evening
* {evening < 3} {role == teamster} [Check the house cars before you turn in.]
    # scene: gate
    Both cars start. Both have fuel. You cannot say what you are getting ready for. # invented
    -> evening
+ [Turn in.]
    -> monday

= monday
# scene: study
# time: day
# music: dread
# sfx: typewriter
On Monday 19 August the Old Man finishes "The Comintern and the GPU": the May raid, the men behind it, and the party that shielded them, set out for the Mexican court page after page. # cite: lt_cgpu
In the library the clean copy is stacked and squared. Tomorrow is an ordinary working day. # invented # pause
-> ch6_attack
