// Chapter 4: the fortress summer, late June – mid August 1940 (record.md §3.4, §3.5, §5.2).
// Spine beat here: fortress_summer_1940 (in the opening, which every path passes).
// The historical measures are added on every path in the opening; player proposals only in the debate stitch.
=== ch4_fortress
# checkpoint: ch4_fortress
# scene: patio
# time: day
# music: house
# ambience: garden
# sfx: hammer
Summer, 1940. The house on Avenida Viena wakes to hammering now, not to the hens. # invented
Masons and labourers come through the garage every morning with their tools and their lunches wrapped in cloth. The guards work beside them. # cite: sch
~ house += (steel_doors, towers, siren, wire_lights, shutters, police_tripled, redoubt)
Month by month the villa turns into a fortress: steel doors, new towers, armoured shutters, wire and lights along the walls, a siren, a redoubt, three times as many police outside. And still, known visitors walk in without being searched. # record: fortress_summer_1940 # cite: han40
* (saw_door_down) [Watch the old wooden door come down.]
    The old wooden door that Bob watched comes off its hinges in two pieces. Nobody makes a speech. A workman props the halves against the wall and goes back for the hinges. # invented
* [Carry bricks for the masons.]
    You carry bricks from the street to the masons until your shoulders burn. A mason asks what the old gentleman did to need walls like a prison. You tell him he wrote books. He laughs as if you had made a joke. # invented
    ~ raise(trust_guards, 1)
* (asked_money) [Ask who is paying for all this.]
    The money comes from sympathisers and members of the Fourth International, above all the Socialist Workers Party in the United States. # cite: han40
    You picture it: a dollar here, five dollars there, a hat passed round in union halls and cold meeting rooms. # invented
    The steel in the door was paid for by people who will never see it. # invented
- -> tour

= tour
# scene: gate
# time: day
# ambience: street
Joe Hansen has charge of the security arrangements. # cite: han40
He walks the new guards round the works, and you tag along. # invented
- (tour_loop)
* (saw_door) [The door.]
    # sfx: steel_door
    The garage entrance is now a pair of steel doors, with electric switches. # cite: han40
    To come in takes two guards. One, with his gun drawn, opens the outer door on the street. Then the guard in the tower presses a button, and the inner grilled door into the garden swings open. # cite: sch
    Leaving takes the tower guard too. Nobody walks in or out of this house again on one man's say-so. # cite: sch
    ~ house += two_guard_gate
    -> tour_loop
* (saw_towers) [The towers.]
    New towers rise above the walls: the main one over the garage entrance, with narrow slits for firing. The tall old stucco tower that came with the property stands among them. # cite: sch
    Hansen will write of three new bullet-proof towers; Schnautz's notes count two new ones and the old. The sources disagree on the number. # class: note # cite: han40
    ~ raise(trust_guards, 1)
    -> tour_loop
* (saw_bedroom) {not classroom_cut} [The bedroom.]
    The bedroom where the bullets came through is getting armoured steel doors and steel shutters. # cite: han40
    The windows that face the street, in the dining room, the study and the kitchen, are partly bricked up, leaving only openings high in the wall for light. # cite: han40
    You think of Seva under his bed in the dark and lay the bricks a little straighter. # invented
    ~ raise(trust_seva, 1)
    -> tour_loop
* (saw_redoubt) {not classroom_cut} [The redoubt, the wire and the lights.]
    A redoubt is being built with a bomb-proof ceiling and floor, somewhere to hold out if men come over the walls again. # cite: han40
    Barbed-wire entanglements and bomb-proof nets are being prepared. The walls are strung with wire and lights, spotlights stand ready, and there is even talk of a photo-electric cell. # cite: han40
    -> tour_loop
* (saw_siren) [The siren.]
    # sfx: siren
    A siren is to be wired to the alarm system, loud enough to wake the whole of Coyoacán, with buzzers in the guards' rooms. # cite: han40
    The work goes slowly: wire, ladders, a test, a fault, another test. It is still not finished in August. # cite: han40
    ~ house += alarm_tested
    -> tour_loop
* (saw_police) [The police outside.]
    The government has tripled the police detail in the street. There are men in uniform at both ends of the wall now, day and night. # cite: han40
    Uniforms are what the raiders wore. Nobody says so out loud. # invented
    ~ raise(trust_police, 1)
    -> tour_loop
+ [Enough of the tour.]
- The house that was a villa in the spring is a blockhouse by midsummer. The Old Man walks round the patio in the evening, looks up at the new tower, and goes back to his study. # invented
-> guards

= guards
# scene: guardroom
# time: dusk
# ambience: house
New guards come to fill the gaps. Walter O'Rourke is there by June. # cite: sch
Henry Schnautz, "Hank", an American of twenty-nine from Indiana, reaches Mexico City on 1 July and becomes a guard on 12 July. He keeps a journal, and the duty rosters, which is how we know what your days were like. # cite: sch
The day has a shape now. The night shift runs from seven in the evening until one in the morning, with a short break around eleven for milk and rolls. Sometimes a Mexican comrade comes in to relieve the evening shift. # cite: sch
{classroom_cut: -> guards_done}
Tower duty is the hardest: cleaning the tower, cleaning the guns, and working the door for every delivery boy and visitor. Schnautz complains there is no time to read or write. # cite: sch
There is a roster of labour assignments on the guardroom wall, in pencil, crossed out and written over. # cite: sch
Canvas for sandbags. Hauling rubbish. Concrete. The siren and the spotlights. Testing the buzzers. Errands to town: the milk, the customs office, the car that needs repairs. Escorting Natalia to a concert. # class: document # cite: sch
Which do you take this week?
* [Sew canvas for sandbags.]
    You sit in the shade with a sail needle and a heap of canvas and sew sacks until your fingers are pricked all over. Filled, each one will stop a bullet. Empty, it is just a bag. # invented
    ~ house += sandbags_early
* [Pour concrete with the masons.]
    You mix concrete in a trough with a shovel, by the barrow-load, for the floor of the redoubt{ch4_fortress.tour.saw_redoubt: Hansen showed you|}. By the end of the day the whole of you is grey. # invented
    ~ raise(trust_guards, 1)
* [Test the buzzers, room by room.]
    You go from room to room pressing buttons{ch4_fortress.tour.saw_siren: for the siren|} while someone in the guardroom shouts "yes" or "no". Two of them do not work. You find the broken wire behind the dining-room dresser. # invented
    ~ house += alarm_tested
* [Escort Natalia into town.]
    {trust_natalia >= 3: You sit beside the driver while Natalia goes to a concert. On the way home she talks to you about the music, in French, as to an old friend of the house.|You sit beside the driver with your jacket buttoned over the pistol while Natalia goes to a concert. She thanks you for the company as if you had come for the music.} # invented
    ~ raise(trust_natalia, 1)
- Above the guards' rooms the labourers are putting on a second storey, so that the new men have somewhere to sleep. # cite: sch
* (moved_up) [Move your cot upstairs.]
    You carry your cot up the new stairs while the plaster is still damp. The air is cooler up here, and from the window you can see over the wall to the river bed and the women at their washing. # invented
* [Keep your place below.]
    You keep your old place below, across from the corner where Bob's cot stood. A new man sleeps there now, a decent sort who snores. {known ? k_harte_past: You do not tell him whose corner it was, or why.|You do not tell him whose corner it was.} # invented
    ~ raise(trust_guards, 1)
- (guards_done)
{
- role == teamster: -> teamster_garage
- role == student: -> student_library
- else: -> mexican_street
}

= teamster_garage
# scene: gate
# time: day
# ambience: street
The garage is yours, more or less. The cars come and go through the steel doors, and someone has to keep them running. # invented
There is a Ford that needs repairs, and there is the Buick. # cite: sch
The Buick belongs to Frank Jacson. On 12 June he came by for a few minutes, talked with the Old Man by the rabbit hutches for about ten of them, and said he had to go to New York on business. # cite: ss
He left the car with the guards, for the house to use while he was away. Jake Cooper, the other Minneapolis man, drove him to the airport. # cite: ss
~ known += k_jacson_story
* [Look the Buick over.]
    You lift the hood. It is a good car, well kept, with a fresh oil change and new plugs. {known ? k_harte_past: A man who looks after his machine. Since Bob you look twice at everyone, and like him anyway.|A man who looks after his machine, you think. You like him better for it.} # sfx: car_engine # invented
    ~ known += k_jacson_story
* [Ask Cooper about the airport run.]
    You think of asking Jake Cooper about the airport run, and do not. A ride to the airport is a ride to the airport. # invented
    ~ raise(trust_guards, 1)
* [Use it for the errands and be glad of it.]
    You use it for the errands and are glad of it. With the house's own cars in the state they are, a Buick is a gift. # invented
    ~ raise(trust_guards, 1)
- {classroom_cut: -> debate}
The errands are yours too: the milk, the customs office, the garage in town where the Ford waits for a part. # cite: sch
The customs men want forms in triplicate for every parcel of books from New York. # invented
# scene: market
# ambience: market
In town you learn to park with the nose toward the road out, to keep the engine warm, to look at every man who looks at the car. # invented
* (varied_route) [Take a different route every day.]
    You take a different route every day, and keep a note of which ones you used, so as not to fall into a habit without knowing it. # invented
* (made_friend) [Make friends with the mechanic in town.]
    The mechanic in town is a talker. Within a week you know his wife's name, his politics, and that he would not sell you out for a hundred pesos. For a thousand, he is less sure. # invented
- # scene: tower
# time: night
# ambience: night
Back at the house there is wiring to do, and you are the one who is not afraid of a ladder. The spotlights are going up on the walls and the tower. # cite: han40 # invented
You run cable along the top of the wall with a roll of tape in your teeth, and hand the end down to the man at the switchboard. # invented
* [Aim the first lamp at the street.]
    You aim the first lamp down Avenida Viena. When it comes on, the whole street jumps out of the dark: the ruts, the adobe walls, the police hut, a dog that stops and stares. # invented
    {trust_police >= 3: A policeman you know throws up an arm against the glare and shouts, laughing, that you will blind the street. You tilt the lamp down a hand's breadth.|A policeman outside throws up an arm against the glare and shouts something rude in Spanish. You tilt the lamp down a hand's breadth.} # invented
    ~ raise(trust_police, 1)
* [Aim it at the river bed.]
    You aim it across the dry bed of the Churubusco, where the raiders could have come from, or anybody. The light runs over stones and washing lines and a sleeping burro. # invented
    Nothing else. You leave it there. # invented
- {ch4_fortress.teamster_garage.varied_route: From the tower, with the lamps on, you can see the roads you take by turns, and how much dark there is around them.|From the tower, with the lamps on, you can see how small the house is, and how much dark there is around it.} # invented
You think of Bob, who had nothing but a barred wooden door and a serape against the cold. # invented
* [Check every lamp again before you come down.]
    You check every lamp again, and the fuse box, and the cable where it crosses the gutter. A thing that fails once will fail again on the one night it matters. # invented
    ~ house += alarm_tested
* (slept) [Come down and get some sleep.]
    You come down and sleep six hours straight, the first time in a week, with the light from the tower laying a bright bar across the guardroom floor. # invented
- # scene: guardroom
# time: day
# ambience: house
The next day the guards are arguing again about discipline. # invented
The new men are older, some of them; they have ideas about who gives orders to whom. The younger ones have ideas about whether anybody should. # invented
* [Stand with a single captain of the guard.]
    {house ? night_rota: You point to the rota on the wall: one man writes it, one man checks the door, and everybody obeys him on duty and argues with him off it.|You say what you said after the raid: one man writes the rota, one man checks the door, and everybody obeys him on duty and argues with him off it.} # invented
    ~ house += night_rota
    ~ raise(trust_guards, 1)
* (kept_out) [Keep out of it and clean the guns.]
    You clean the guns. The argument goes on over your head, round and round like a truck in a sand pit. # invented
- {ch4_fortress.teamster_garage.slept: Rested for once, you write home on your day off.|On your day off you write home.} # invented
* [Write to the brothers at the hall.]
    Brothers: we have a door now that would stop a truck, and I have seen a few trucks stopped. {ch4_fortress.asked_money: It was your dollars that paid for it.|The money you sent came through.} Thank everybody who put a dollar in the hat. Fraternally. # class: letter # invented
    ~ letters_home++
* [Write to Ma about the Old Man.]
    Dear Ma, he gets up before any of us and feeds the rabbits himself. You would like him. He asks about the union like he was one of us. Do not worry about me. # class: letter # invented
    ~ letters_home++
    ~ raise(trust_lt, 1)
- -> debate

= student_library
# scene: library
# time: day
# ambience: house
# sfx: typewriter
The library is the only room in the house where the hammering sounds far away. Even the hens seem quieter from here. # invented
The Old Man is writing for the court now: a long document, meant to show the judges how the raid was organised, and by whom. He will call it "The Comintern and the GPU". # cite: lt_cgpu
You check French quotations and newspaper dates for it. It is the nearest thing to a university you have had all year. The Russian reaches you only through other people's English, but the French you can read for yourself. # invented
~ known += k_comintern_press
* [Check the French sources.]
    You sit with the French papers and a dictionary and find that one quotation has a date wrong by a day. You point it out. The correction goes in without comment. # invented
    ~ raise(trust_lt, 1)
* [Read the statements from the arrested men.]
    You read the statements from the arrested men, in Spanish, slowly. {ch4_fortress.tour.saw_police: They wore uniforms like the men outside.|Some of them name each other.} Some of them name nobody. None of them mention Bob in a way you can bear to read twice. # invented
    ~ known += k_harte_past
- {classroom_cut: -> debate}
The rest of the library's work has not stopped for the raid. The Old Man is also writing a life of Stalin for his American publishers, Harper and Brothers, and it is long overdue. # cite: pat
Chapters come out of the Dictaphone in Russian and go into English through other hands. Yours are asked to check the English of one chapter about the Civil War, for sense, not for style. # sfx: dictaphone # invented
* [Read it slowly, with a pencil.]
    You read it slowly, with a pencil, and find two places where the translator has made Stalin sound cleverer than the Russian does. You mark them with a query. # invented
    The queries come back answered in a small, neat hand in the margin: the second one, you were right. # invented
    ~ raise(trust_lt, 1)
* [Read it for yourself first.]
    You read it for yourself first, as a student, not a checker. {known ? k_moscow_trials: It is the trials again, told by the accused,|It is angry and exact and very long,} and it is the strangest thing you have ever read: a man writing the life of the man who is trying to kill him. # invented
    ~ known += k_moscow_trials
- When you look up, it is dark, and somebody has lit the lamp in the library without disturbing you. # invented
# scene: dining
On 17 July the house fills with visitors of a different kind: about forty Americans from Professor Hubert Herring's seminar, crowding into the dining room to hear the Old Man. # cite: pat
Every one of them came in through the steel doors, two guards at a time. Watching them file past, you wonder how anyone would pick out one stranger among forty. # invented
* [Stand at the back and count heads.]
    {house ? visitor_log: You stand at the back with the visitors' list and tick them off, in and out. Forty-one in, forty-one out.|You stand at the back and count heads, in and out. Forty-one in, forty-one out. You count twice.} # invented
    ~ house += visitor_log
* [Translate a question into French for Natalia.]
    A woman asks about the grandson. You put it into French for Natalia, who answers briefly and kindly, and says no more than she must. # invented
    ~ raise(trust_natalia, 1)
- A few days later there is a different kind of meeting: a debate, with the Old Man in the chair, between visiting sympathisers of the Minority, Charles Orr and his wife, and the guards. # cite: pat
The Minority is the faction that broke with the Old Man over the nature of the Soviet Union and whether it should still be defended. # cite: pat
Half your friends in New York went with it, and some of them no longer answer your letters. # invented
* [Speak for the majority.]
    You stand up and say, too fast, that a workers' state is still a workers' state even when a gangster rules it. The Old Man listens with his head on one side and says nothing. # invented
    Then he turns to the Orrs for their reply, and you sit down with your face burning, not sure whether you have helped or embarrassed the house. # invented
    ~ raise(trust_lt, 1)
* (asked_orrs) [Ask the Orrs a question.]
    You ask the Orrs how they would guard this house, if it were theirs. They do not have an answer. Neither, you realise, do you. # invented
* (kept_doubts) [Listen and keep your doubts to yourself.]
    You listen. Some of what the Orrs say makes sense to you, and that frightens you more than the towers do. # invented
- # scene: gate
On 6 August Hank Schnautz sets a marble plaque into the inner doorway, in memory of Bob. The same day about fourteen newspaper correspondents come in to interview the Old Man, and tourists at the gate are turned away. # cite: sch
* [Stand by the plaque a moment.]
    {known ? k_harte_past: You stand by the plaque a moment after the reporters have gone, thinking of what you have learned. The letters are still sharp.|You stand by the plaque a moment after the reporters have gone. Robert Sheldon Harte, 1915–1940. The letters are still sharp.} # invented
    ~ raise(trust_guards, 1)
* [Write home about Bob.]
    Dear Ma, They have put up a stone for Bob here. Please go and see his people if you can. They live in the city, and I think they must be very lonely. # class: letter # invented
    ~ letters_home++
- -> debate

= mexican_street
# scene: street
# time: day
# ambience: street
The street is yours, more or less. The gringos speak to the police through you, and the police speak to the house through you. # invented
The police detail outside is three times what it was in May. # cite: han40
One of the new men is a boy from Tacubaya, younger than you, with a rifle taller than his little sister. He asks you every day whether the Russian is really a devil, as the papers say. # invented
* [Tell him about the Old Man and the rabbits.]
    You tell him the Russian gets up before anyone and tends nineteen rabbit hutches and about four dozen hens himself. The boy thinks about this. Devils, he says, do not keep rabbits. # cite: sch # invented
    ~ raise(trust_police, 1)
* [Tell him to keep his eyes on the street.]
    You tell him to keep his eyes on the street and his finger off the trigger. He salutes you, half in fun. You are not sure you would trust him in the dark, and that is a hard thing to think about a boy. # invented
    ~ house += police_checked
* [Bring him a coffee from Carmen's kitchen.]
    You bring him coffee from Carmen's kitchen in a tin mug. By the end of the week the whole detail knows your name. # invented
    ~ raise(trust_police, 1)
    ~ house += police_checked
- {classroom_cut: -> debate}
Beyond the post, Avenida Viena is still a dirt road, with adobe huts and the dry river bed of the Churubusco where the women wash clothes on the stones. # cite: pat
{trust_police >= 3: Some of them nod to you; word has gone round that the police at the hut like you. Some of them look away.|Some of them nod to you. Some of them look away. They have read the papers, or heard them read.} # invented
The papers have not stopped. The Communist press still calls the house a nest of spies and provocateurs. # cite: comintern
Back in January the Old Man had joked that the journalists seemed about to trade the pen for the machine gun. Nobody in the house makes that joke now. # cite: ev
* [Take the papers home for the library.]
    {known ? k_comintern_press: You take the papers home for the library and mark the worst passages in blue pencil. You know them by heart since May.|You take the papers home for the library and mark the worst passages for the lawyers in blue pencil. There are many of them.} # invented
    ~ known += k_comintern_press
* [Read them aloud at the tortillería to show how they lie.]
    You read a paragraph aloud at the tortillería, to show how it lies. A woman in the queue tells you to mind your own business and let decent people buy their tortillas. # invented
    Nobody argues with you. Nobody agrees, either. # invented
    ~ lower(trust_police, 1)
- On 6 August tourists come to the gate, wanting to see the famous house with the bullet holes. They are turned away. You do the turning, in Spanish, politely, again and again. # cite: sch # invented
The same day about fourteen correspondents are let in to interview the Old Man, and Hank Schnautz sets a marble plaque to Bob Harte in the inner doorway. # cite: sch
Melquíades Benítez, a Mexican comrade like you, takes his turn on the roof and in the tower. You are not the only one of your kind in this house, and you are glad of it. # cite: han40 # invented
* [Take the evening shift for a tired gringo.]
    You take the evening shift so that one of the Americans can sleep. It is what the Mexican comrades do: come in, stand the evening watch, go home to their own families afterwards. # cite: sch # invented
    At one o'clock Aurelio rattles up on his bicycle to take the small hours, smelling of printer's ink, and sends you home. # invented
    ~ raise(trust_guards, 1)
* [Go home to your mother for supper.]
    You go home to your mother for supper, three streets away, and she asks if it is true they are building a prison for the Russian. You tell her it is a prison to keep people out. # invented
    ~ letters_home++
- {letters_home >= 4: On Sunday Chucho, who has been reading your notes, walks with you as far as the corner of Avenida Viena,|On Sunday Chucho walks with you as far as the corner of Avenida Viena,} looks up at the new tower, and whistles. He does not say the Russian is a devil. He does not say he isn't. # invented
It is the most either of you can manage this summer. # invented
The trial of the raiders is being prepared. Siqueiros is still in hiding; the Old Man writes for the court. # cite: lt_cgpu
If you ever have to stand in that courtroom and say what you saw, you want to be able to say it exactly. You start to keep notes in a school exercise book. # invented
~ letters_home++
-> debate

= debate
# scene: guardroom
# time: night
# ambience: night
Since 1937 the secretaries, and now the guards, have asked for two things: that every visitor be searched, and that the Old Man never be left alone with a visitor. # cite: han40
He has refused both, every time. # cite: han40
Now, with the towers {ch4_fortress.tour.saw_towers: you walked with Hansen|going up}, the guardroom argues it all again, late at night over cold coffee{house ? sandbags_early: on your sandbags|}. What do you put to the house? # invented
- (proposals)
* [Search every visitor, friends included.]
    You say it plainly: every visitor, friends included, turns out his pockets at the door. Nobody is exempt. # invented
    The answer comes back from the study the next morning, and it is the same answer the secretaries have had since 1937. # cite: han40
    He will not have his friends and comrades searched at the door of his own house like suspects. # cite: han40 # pushback: search_visitors
The steel doors stay; the searches do not come. # invented
    ~ proposals_refused++
    -> proposals
* [Never leave him alone with any visitor.]
    {trust_lt >= 3: You propose it to his face: a guard in the study whenever anyone is with him.|You propose that a guard stand in the study whenever anyone is with the Old Man.} # invented
    He refuses this too. He will not work, or talk with his visitors, with a guard at his elbow. # cite: han40
    You think of the study, the one room in the house that is still only his, and you understand him, and you wish you did not. # invented
    ~ proposals_refused++
    -> proposals
* [Keep a written log of everyone who comes in.]
    {house ? visitor_log: You propose that your list become the house's: a ledger at the door, name, time in, time out, who let them in.|You propose a log at the door: name, time in, time out, who let them in. It costs nothing but a ledger and a pencil.} # invented
    The guards agree. A ledger is kept by the door, and every name goes in it. # invented
    ~ house += visitor_log
    -> proposals
* (proposed_post) {not classroom_cut} [Check the police post every shift.]
    You propose that the tower guard check the police post at every change of shift, by telephone or in person, so that the house knows at once if the men outside are overpowered again. # invented
    {trust_police >= 3: It is adopted; the men at the post, who know you, promise to answer.|It is adopted. It is the kind of thing that is easy to agree to.} # invented
    ~ house += police_checked
    -> proposals
* (proposed_alarm) {not classroom_cut} [Test the alarm and the buzzers every Sunday.]
    You propose a weekly test: every button, every buzzer, the bell, and the siren when it is finished, with a name in the book beside each one. On the night of the raid the bell was off; it will not be off again without somebody's name against it. # invented
    {house ? alarm_tested: The guards agree; your name is already first in the book.|The guards agree; it costs only an hour.} # invented
    ~ house += alarm_tested
    -> proposals
+ [Say nothing more tonight.]
- {proposals_refused >= 2: The study's answer stands.|} The steel doors will stop a raid like the last one. Against a friend who walks in with a smile, they do nothing. Everyone in the guardroom half knows it; the Old Man knows it better than anyone. # invented
-> jacson

= jacson
# scene: gate
# time: day
# ambience: street
Late July. Frank Jacson is back in Mexico City. He says he fell ill near Puebla on the way back. He is noticeably thin, and nervous. # cite: pat
While he was away, it turns out, he had been in New York with Sylvia. The Rosmers, whose voyage home to France had ended in New York when Paris fell, met the couple there. # cite: pat
He brings Natalia chocolates. # cite: pat
He comes by the house now and then, polite and a little awkward, always with some small favour or kindness: the car, a lift into town, a present. # cite: pat
{not classroom_cut:
    Historians count his calls at the house differently: about ten, from the KGB files; five or six, in another account. He met the Old Man himself only a handful of times. # class: note # cite: mit
}
Early in August Sylvia Ageloff comes back to Mexico too, and the couple come to the house; a tea with the Trotskys is reported. # cite: pat
~ known += k_sylvia
- (at_gate)
* [Talk to Jacson at the gate.]
    {known ? k_jacson_story: You pass the time with him at the gate; he remembers your face from the spring, or says he does. He talks about business, about the weather, about mountains he has climbed.|You pass the time with him at the gate while the tower guard works the inner door. He talks about business, about the weather, about mountains he has climbed.} # invented
    He says he is writing an article on the dispute in the movement, and hopes the Old Man will look at it. # cite: pat
    He is easy company. That is all you think. # invented
    ~ known += k_jacson_story
    {classroom_cut: -> gate_done}
    -> at_gate
* [Talk to Sylvia.]
    Sylvia is tired and bright and talks about New York, about the split in the party, about her sisters. Her sister Ruth was the Old Man's secretary once, in 1937. # cite: pat
    She speaks of Jacson as her husband. He is, as far as anyone in the house knows, exactly what he says he is. # cite: pat
    Whether she ever guessed what he was is still argued. Most historians believe she was deceived; a partisan account published in 2021 argues she was complicit. # class: note # cite: wsws
    ~ known += k_sylvia
    {classroom_cut: -> gate_done}
    -> at_gate
* [Tell the guards you don't trust him.]
    You say it in the guardroom: there is something wrong about Jacson. His stories do not quite fit. He has too much money and no work you have ever seen. # invented
    {trust_guards >= 4: The others hear you out, because it is you, and then shake their heads, one after another.|The others look at you as if you had said something about the weather that was plainly untrue.} # invented
    Nobody in the house suspected him. He was Sylvia's companion; the house had known his face since January, waiting outside in the street without ever asking to come in. He had driven the Rosmers to their ship and lent the guards his car. # cite: pat # pushback: warn_about_jacson
    To suspect him would have meant suspecting Sylvia, and Sylvia was one of their own. The house had no reason it could name, and neither, in the end, do you. # invented
    ~ raise(trust_guards, 1)
    {classroom_cut: -> gate_done}
    -> at_gate
+ [Leave them to it.]
- (gate_done) {ch4_fortress.tour.saw_door || ch4_fortress.saw_door_down: He drives off in the Buick, and the tower guard presses the button, and the steel door that took the old door's place closes behind him.|He drives off in the Buick, and the tower guard presses the button, and the inner door closes behind him.} # sfx: steel_door # invented
{classroom_cut: -> one_more_day}
* [Write down his times at the door.]
    {house ? visitor_log: You write it in the ledger by the door: Jacson, Buick, in at twenty to three, out at ten past four. It looks like nothing on the page.|You write it down by the door: Jacson, Buick, in at twenty to three, out at ten past four. It looks like nothing on the page.} # invented
    Years later the writer Isaac Don Levine would give the times of Jacson's entries into the house to the minute, as if someone at the door had kept such a record; whether anyone did is not known. # cite: levine
    ~ house += visitor_log
* [Watch the Buick out of sight.]
    You watch the Buick down Avenida Viena until the dust settles. A man who lends the house his car, brings chocolates, drives old friends to the port. You try to dislike him, as an exercise, and cannot manage it. # invented
    ~ known += k_jacson_story
-
-> one_more_day

= one_more_day
# scene: patio
# time: dawn
# music: house
# ambience: garden
{not classroom_cut:
    {ch4_fortress.guards.moved_up: August. From your window upstairs you watch the rains come most afternoons and clear by evening.|August. The rains come most afternoons now and clear by evening.} # invented
}
The Old Man rises before anyone, feeds the rabbits and the hens, and goes into the study to work. In the afternoon there is a siesta, tea at five with Natalia, and the rabbits again before dark. # cite: pat
Since May, Seva would remember, his grandfather said the same thing to Natalia every morning: that they had been given one more day. # cite: ev
* [Go out to the hutches before breakfast.]
    {trust_lt >= 3: You go out to the hutches before breakfast. He is already there, in his work gloves, and passes you a pail without a word, as to a helper he expects.|You go out to the hutches before breakfast. He is already there, in his work gloves, talking to the rabbits in Russian. He nods to you without stopping.} # invented
    ~ raise(trust_lt, 1)
* [Climb the tower and watch the sun come up.]
    You climb the tower and watch the sun come up over the volcanoes. From up here the house looks like what it is: a small island, walled and wired, in a great indifferent city. # invented
    ~ raise(trust_guards, 1)
* [Sit on the step with Seva before school.]
    Seva is on the step lacing his shoes for school. He walks there alone, as he always has. {trust_seva >= 3 || ch4_fortress.tour.saw_bedroom: He lets you carry his books as far as the corner, and waves once before he goes on.|You walk with him to the corner and watch him the rest of the way.} # cite: ev # invented
    ~ raise(trust_seva, 1)
- {letters_home >= 4: One more day, and another, counted in your letters home.|One more day. And then another.} # invented
The towers are up. The doors are steel. The siren is nearly wired. The visitors the house knows still come in without being searched. # cite: han40 # pause
-> ch5_rehearsal
