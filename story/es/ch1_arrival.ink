// Chapter 1: spring 1940. Arrival at Avenida Viena 19, the compound, the household, routines, Jacson outside,
// the security debate, May Day. Plays from its first line with default variables. No record beat here (the
// spine starts in ch2); backstory arrives as `# recall:` through people and papers.
=== ch1_arrival
# checkpoint: ch1_arrival
# scene: street
# time: day
# music: house
# ambience: street
March 1940. The dry season is ending; dust lies on everything. # invented
{
- role == teamster: -> teamster_arrives
- role == student: -> student_arrives
- else: -> mexican_arrives
}

= teamster_arrives
You came down by Greyhound and second-class train, four days with your toolbox between your knees, and the last stretch by tram from the Zócalo to Coyoacán. # invented
A boy at the tram stop points you down Avenida Viena without being asked. Everybody here knows where the Russian lives. # invented
The road is dirt, rutted by cart wheels. Adobe huts, a few cows, a dog asleep in the one patch of shade. At the end, where the road gives out above the dry bed of the Churubusco river, stands a wall far too high for a summer villa. # cite: pat
* [Look at the wall like an engineer]
  You pace it. Fourteen feet at least, new brick on old, raised before the family moved in. The old iron street gate has been bricked up solid. # cite: pat
  Whoever raised it knew what they were doing with a trowel and nothing about cars: the only way in is a garage door at the corner, wood, barred from inside. # cite: pat
  ~ raise(trust_guards, 1)
* [Look at the men in the brick hut]
  Outside the wall, a little brick hut. Mexican policemen in it, their rifles leaning by the door. One of them looks you up and down and goes back to his cigarette. # cite: pat
  ~ raise(trust_police, 1)
-
You knock on the garage door the way the letter from the union told you: twice, then once. # invented
-> the_garage

= student_arrives
The train from New York took three days. You spent them reading the Dewey Commission's report, Not Guilty, with a pencil, so as to be able to say something intelligent to the Old Man if he spoke to you. # invented
The Commission's sub-commission had sat for thirteen sessions in April 1937, in the Riveras' Blue House, a few streets from where you are walking now. Its verdict was published in New York that September: the charges of the Moscow trials against Trotsky and his son were a frame-up. # cite: pat # cite: dewey # recall: dewey_hearings_1937_04
~ known += k_moscow_trials
At the end of Avenida Viena the dirt road stops above a dry river bed where women are beating laundry on the stones. Opposite them, a wall fourteen feet high. # cite: sch
* [Straighten your tie]
  You straighten your tie. It is too hot for a tie. # invented
* [Wipe your glasses]
  You wipe the dust from your glasses and the wall is, if anything, higher. # invented
-
There is only one door: a garage door at the corner, with a peephole. You knock. # cite: pat
-> the_garage

= mexican_arrives
# ambience: street
You walk from your mother's house along the river. You have known this place all your life as the old villa by the Churubusco, the summer house some rich family let go to ruin. # cite: pat
Since last May it has been the Russian's house, and the walls have grown. The old iron gate your father used to lean on is bricked up. The street people call it "la casa del ruso", and some call it worse. # cite: pat
The policemen in the brick hut outside know you from the neighbourhood. # invented
* [Greet them by name]
  "Buenas tardes, Don Chema. Buenas, Güero." # invented
  Chema is fat and slow and kind; the Güero is thin and reads the sports page. They have orders to guard the house and no orders about liking it. Chema offers you a cigarette. # invented
  ~ raise(trust_police, 1)
* [Nod and walk past]
  You nod and walk past. A uniform is a uniform, even on a man you went to school with. # invented
-
Five of them take turns in the hut by day and night, paid by the government to watch a man half the government's friends would like to see expelled. # cite: pat
Your group sent you here because the Americans need someone who can talk to the police, the cook, and the man who sells the ice. You knock at the garage door. # invented
-> the_garage

= the_garage
# scene: gate
# ambience: garden
# sfx: gate_bolt
A bolt slides. The door opens a hand's width and a young American face looks at you over the barrel of a revolver, then at your letter, then grins. # invented
This is Harold Robins, whom the guards treat as their captain. He lets you in and bars the door again behind you. # cite: pat
Inside the garage stand the household's two cars, nose to tail. # cite: pat
The older hands say the Dodge is the sedan Joe Hansen drove down new from the States in 1937, bought for the household. # cite: pat
The garage is the only way in or out of the compound. Everything and everyone comes through here. # cite: pat
{role == teamster: You put a hand on the Dodge's fender before you can stop yourself. Somebody has been neglecting the tyres. # invented}
"Welcome to the fortress," says Robins. "Such as it is." # invented
# scene: plan
He walks you round. It takes less than ten minutes to see everything, and much longer to understand it. # invented
-> tour

= tour
* [The house]
  # scene: plan
  The house is a T. The crossbar runs along the east wall: library, dining room, kitchen, a lavatory and a bedroom, all opening into each other, with tall windows behind iron grilles. # cite: pat
  The stem pushes out into the garden: the Old Man's study, a bathroom, and two bedrooms, his and Natalia's, and their grandson Seva's next door, with its own door onto the garden. # cite: sch
  You notice that the bedroom has ordinary windows and ordinary wooden doors. Robins notices you noticing. "We know," he says. # invented
  -> tour
* [The guards' rooms]
  # scene: guardroom
  Against the inside of the patio wall, a row of four low rooms that were servants' quarters once. Cots, footlockers, a shelf of books, a hot plate, rifles in a rack. This is where the guards sleep between watches. # cite: pat
  A bell-wire runs from the house to the rooms: the alarm. Press a button in the house and it rings here. # cite: pat
  -> tour
* [The garden and the animals]
  # scene: patio
  Behind the garage, rabbit hutches, a long double row of them; further on, a hen-house with four dozen chickens. Robins says the Old Man feeds the rabbits himself, morning and late afternoon, and will not let anyone else do it properly. # cite: sch
  Between the paths stand cacti, some as tall as a man, dug up on expeditions in the country last winter and carried home in the cars. One of them, Robins says, weighed close to two hundred pounds. # cite: pat
  Above it all, a eucalyptus ninety feet high, and fig and pear and apple trees the hens scratch under. # cite: sch
  -> tour
* [The old tower]
  # scene: tower
  At one corner stands an old stucco tower, older than any of the precautions. From its top you can see over the wall: the road, the river bed, the cornfields and the volcanoes beyond. # cite: sch
  Someone stands up here by day. At night, Robins says, the watch is at the garage door, inside. # cite: han40
  -> tour
* [The river bed]
  # scene: street
  From the tower you look down on the Churubusco, mostly dry now, a grey ribbon of stones. Women wash clothes where there is water. Only one side of the compound touches a neighbour's wall; the rest faces the road, the river and the open fields. # cite: sch
  {role == mexican: You learned to swim in that river, the one year it had enough water. # invented}
  -> tour
+ [Enough for the first day]
  -
-> household

= household
# scene: dining
# ambience: house
That evening you eat at the long table in the dining room with everyone. In this house the family, secretaries and guards eat together, and the talk runs in four languages: Russian between the Old Man and Natalia, French as the house language, English for the Americans, Spanish for the kitchen and the police. # cite: pat
The guards' private names for them are "the Old Man" and "the Old Lady". Nobody would say it to their faces. # cite: pat
Whom do you watch? # invented
-> faces

= faces
* [The Old Man]
  He is sixty, white-haired, with a pointed beard and small round glasses, and he eats quickly and listens more than you expected. When he turns to you, he asks in careful English where you come from and what work you did. # invented
  {
  - role == teamster: When you say "Local 574, Minneapolis", his face changes: he knows the 1934 strikes, he has read about them, and he asks you two precise questions about the pickets' flying squads. # invented
  - role == student: When you say City College, he asks what the students there are reading. You tell him. He listens as if it mattered. # invented
  - else: When you say Coyoacán, three streets away, he asks your name again and says it over to himself, to remember it. # invented
  }
  He works on a biography of Stalin for Harper & Brothers in New York, long overdue; the advance is money the household badly needs. # cite: pat
  ~ raise(trust_lt, 1)
  -> faces
* [Natalia Sedova]
  Natalia Ivanovna is small, grey-haired, straight-backed. She says little at table. She follows the English better than she lets on. # cite: pat
  She sees you have not been given bread and passes it without a word. # invented
  ~ raise(trust_natalia, 1)
  -> faces
* [The boy]
  Seva is thirteen, about to be fourteen: a thin boy with his grandfather's forehead. In the house they call him Seva; at school in Coyoacán, where he walks by himself every morning, he is Esteban. # cite: ev
  He came last August from Paris, brought by the Rosmers after a long custody quarrel in France. His mother, Zina, Trotsky's daughter, died in Berlin in 1933. His father was shot in the Soviet Union in 1936. # cite: ev # recall: seva_arrives_1939_08
  Nobody talks politics in front of him if the Old Man can help it. # cite: ev
  ~ raise(trust_seva, 1)
  -> faces
* [The Rosmers]
  Alfred and Marguerite Rosmer, both past sixty, French: old friends of the Old Man from Paris in the First World War. They came last August and brought Seva with them. # cite: pat
  Alfred sat on the Dewey Commission of Inquiry in 1937, the one that examined the charges of the Moscow trials and called them false. # cite: pat # cite: dewey # recall: dewey_hearings_1937_04
  Marguerite is the one who makes Natalia laugh. # invented
  ~ known += k_moscow_trials
  -> faces
* [The secretaries]
  The secretaries take the Old Man's dictation in Russian and type in the library in several languages. Otto Schüssler, a German who has been his secretary since the island of Prinkipo in 1932, came to Coyoacán in February 1939. # cite: wp
  Jean van Heijenoort, "Van", the chief secretary for seven years, left last November. # cite: vh
Everybody still says "Van would know where that is." # invented
  -> faces
* [The kitchen door]
  Through the kitchen door: Carmen, the cook, and Belem, the maid, both Mexican, talking fast and low over the stove. They serve the table and eat afterwards. # cite: pat
  {role == mexican: Carmen asks, in Spanish, whose son you are. You tell her. She knows your aunt. You are fed twice. # invented}
  -> faces
+ [Enough faces for one night]
  -
-> first_watch

= first_watch
# scene: gate
# time: night
# ambience: night
# music: none
Your first night watch is seven to one, inside the garage door. A chair, a lamp you must not light, a revolver, the bar across the door. # cite: sch
At eleven someone brings milk and rolls, and you eat them standing up. # cite: sch
The night is long and full of noises: dogs, a drunk singing down by the river, a car that slows on the road and goes on. # invented
Your relief for the small hours is an older Mexican comrade, Aurelio, a printer with ink in the cracks of his knuckles, who comes on his bicycle. He guarded the Riveras' Blue House in 1937, when your group took turns sleeping there. # invented
Members of the Mexican group did take turns as night guards at the Blue House in those years. # cite: vh
He does not go straight to bed. He wants to talk. # invented
-> aurelio

= aurelio
* [Ask how the Old Man came to Mexico]
  "January 1937. Tampico, the oil port. He came on a Norwegian tanker, the Ruth, with Natalia and a Norwegian policeman." # invented
  Aurelio tells it as the household tells it: the Old Man would not set foot on land until he saw friends on the quay. Frida Kahlo came aboard for Diego Rivera, who was ill in hospital; two American comrades came with her; the policeman handed back their passports and revolvers. A special train took them to the capital. # cite: pat # cite: el_universal_1937 # recall: tampico_1937_01_09
  ~ known += k_asylum
  -> aurelio
* [Ask about the Blue House]
  "The Riveras' house, on Avenida Londres. Blue, like the sky in a child's drawing. Diego bought the lot next door and walled it. We bricked up the windows on the street." # invented
  The Trotskys lived there from January 1937 for more than two years, guarded by secretaries and Mexican sympathisers taking turns on the night shift. # cite: pat # recall: blue_house_1937
  "The hearings were there too, in April. You needed a signed card to get in. Diego and Frida wore pistols, people said." # invented
  -> aurelio
* [Ask why they left]
  "Diego and the Old Man quarrelled. Politics, a letter, pride on both sides. In February last year the Old Man wrote that he could no longer accept Diego's hospitality. He offered to pay rent. Diego refused it." # invented
  That letter is real: Trotsky wrote it to a comrade on 14 February 1939, and Rivera left the Fourth International. # cite: pat
  The household moved here, three streets away, in the spring of 1939; April or early May, the accounts disagree. Before they came, the walls were raised and the street gate bricked in. # cite: pat # cite: chronicles_1990 # recall: move_to_viena_1939
  -> aurelio
* [Ask about his son]
  Aurelio looks at you sideways. "The one in Paris? Lyova. Lev Sedov." # invented
  Lev Sedov, the Old Man's elder son, who ran his work in Paris, died in a Paris clinic on 16 February 1938 after an operation. Trotsky believed it was no natural death. # cite: pat # recall: sedov_dies_1938_02_16
  When the news came, the secretaries quietly took away the small pistol he used as a paperweight on his desk. # cite: pat
  The younger son, Sergei, an engineer who never cared for politics, had vanished into the Soviet prisons; the family did not know that he had been shot in 1937. # cite: pat
  ~ known += k_sedov
  -> aurelio
+ [Let him sleep]
  "Tomorrow," says Aurelio, and takes the chair. "Go to bed, young one." # invented
  -
-> days

= days
# scene: patio
# time: day
# ambience: garden
# music: house
The days take a shape. # invented
The Old Man rises early and feeds the rabbits and the hens himself. Then he dictates in the study for hours, in Russian, into a Dictaphone or to a secretary, and the typewriters answer from the library. # cite: pat
Lunch at the long table, a short siesta, tea with Natalia at five, the rabbits again in the late afternoon. # cite: pat
For the guards: night watches in turns, tower duty by day, guns to clean, errands, and whatever else wants doing. # cite: sch
What do you do with your first free morning? # invented
* [Help with the animals]
  You carry feed behind the garage. The Old Man is already there in work gloves, and he shows you, with a kind of stern pleasure, how much and which, and that the water must be fresh. # invented
  He has opinions about rabbits. You keep yours to yourself. # invented
  ~ raise(trust_lt, 1)
* [Clean the guns]
  You sit on an upturned crate outside the guards' rooms and clean every weapon in the rack, and count the ammunition, and do not like the count. # invented
  ~ raise(trust_guards, 1)
* [Walk with Seva]
  Seva shows you the cacti as if he had dug them up himself. He knows the Latin names of three of them and the Spanish names of all. # invented
  He asks whether you have ever seen a film with Buster Keaton. You have. This settles something between you. # invented
  ~ raise(trust_seva, 1)
-
There is another American here this spring: Alexander Buchman, an engineer from Cleveland, who takes photographs. He has a colour camera and films the Old Man among the cacti and the rabbits. He leaves in April. # cite: pat
{
- role == teamster: -> teamster_garage
- role == student: -> student_library
- else: -> mexican_street
}

// ---------------------------------------------------------------- the Teamster's own spring
= teamster_garage
# scene: gate
# ambience: garden
The garage becomes yours without anyone deciding it. # invented
The household runs two cars and no mechanic. Guards drive the Old Man on outings, drive the shopping, drive visitors, drive Natalia; nobody changes the oil. # cite: pat
* [Start with the Dodge]
  The Dodge first. New plugs, the carburettor stripped on a sheet of newspaper, a slow leak in the left rear tyre patched. By evening she starts first time. # invented
* [Start with the other car]
  The second car is tired and complains. You take the brakes apart, find the linings nearly gone, and write out a list of parts. # invented
-
Robins watches you work for a while. "You'll need parts from town," he says. "Take somebody. Never go anywhere alone, that's the rule." # invented
-> teamster_town

= teamster_town
# scene: market
# ambience: market
You drive into the centre of Coyoacán with a Mexican comrade who translates, and find a garage off the market run by a big quiet man called Don Refugio, who has a picture of Zapata over his workbench and a picture of the Virgin over Zapata. # invented
He has the linings. He knows who you work for. # invented
* [Tell him]
  "For the Russian," you say, since he knows already. # invented
  Don Refugio shrugs. "Brakes are brakes." He gives you a price a little under the one he first thought of. # invented
* [Say you work for an American]
  "For an American," you say. Don Refugio looks at the Dodge, which every child in Coyoacán knows, and smiles, and gives you the full price. # invented
-
On the way back, a newspaper seller waves a copy of El Popular with a cartoon of the Old Man as a devil with a dollar sign for a tail. # cite: pat
~ known += k_comintern_press
-> teamster_discipline

= teamster_discipline
# scene: guardroom
# time: night
# ambience: night
In the guards' rooms, late, an argument that you will hear many times. # invented
The question is discipline. Some of the guards are comrades first: they want to talk politics, read, write, go into town to see friends, take the night watches as they come. Others want an army: fixed hours, orders, drills. # invented
* [Side with the drill]
  "In thirty-four we had flying squads and a dispatcher and nobody went home until the dispatcher said so," you say. "That's why we won." # invented
  Somebody throws a pillow. But Robins nods, slowly. # invented
  ~ raise(trust_guards, 1)
* [Side with the comrades]
  "We're not soldiers," you say. "Nobody here is paid. If you make it a barracks, they'll go home." # invented
  Which is true, and nobody can answer it. # invented
  ~ raise(trust_guards, 1)
* [Say nothing, fix the bed-frame]
  You fix the broken leg of a cot with wire while they argue. In the morning everyone agrees it is the only useful thing that happened. # invented
-
-> teamster_casas

= teamster_casas
# scene: patio
# time: day
# ambience: garden
One of the policemen you come to know is Sergeant Casas, who went with the Old Man on his cactus hunts all winter. # cite: pat
He helps you lever a great barrel cactus into a new hole by the path, and tells you about the hunts in bad English and good gestures. # invented
The household drove out into the country in the cars; the Old Man dug the cacti out himself with a pick, sweating in the sun, and the sergeant and a guard helped him carry them home, some of them close to two hundred pounds. # cite: pat
* [Ask Casas what he makes of the Old Man]
  Casas thinks about it. "He works like a peasant," he says at last, which from him is a compliment. "A man who digs like that is not afraid of anything. That is the trouble." # invented
  ~ raise(trust_police, 1)
* [Ask how the cars took the roads]
  He laughs and mimes a car bouncing over ruts, the springs groaning, a cactus in the back seat with its spines in the roof lining. That explains the roof lining. # invented
-
In the afternoon Seva finds you in the garage with a flat tyre off the second car, and asks what you are doing, and then whether he can do it. # invented
* [Teach him to change a tyre]
  You teach him: the jack, the wheel-nuts loosened before the wheel comes up, not after, the spare, the nuts tightened crosswise. He does it twice, with grease on his nose, and is prouder of it than of anything at school. # invented
  "Don't tell my grandmother," he says, in French, and then in Spanish, and then in English, to be sure. # invented
  ~ raise(trust_seva, 1)
* [Send him back to his homework]
  You send him back to his homework. He goes without argument, which is worse than arguing. At the door he looks back at the car as if it were a horse he would have liked to ride. # invented
-
You write home by the light of the hot plate. # invented
* [Write to your mother]
  ~ letters_home++
  Dear Ma, the weather is fine, the food is hot, I am not in any danger to speak of, the work is mostly carpentry and cars. Do not show this letter to Father Kowalski. # class: letter # invented
* [Write to the union hall]
  ~ letters_home++
  Brothers: the house has one door, two cars, five guards and not enough of anything else. Send money and a good mechanic who is not me. Fraternally. # class: letter # invented
-
-> jacson_outside

// ---------------------------------------------------------------- the Student's own spring
= student_library
# scene: library
# ambience: house
# sfx: typewriter
The library is where the work is done, and you are put to work in it. # invented
Shelves to the ceiling; newspapers in six languages; files of letters from every country that still has a Trotskyist with a stamp. # invented
The Old Man dictates in the study; the secretaries type in the library. # cite: pat
Your French earns you a desk by the window and a pile of correspondence to sort. # invented
* [Read the letters from Paris]
  The Paris letters are about money, splits and the war. In one, somebody writes of "Lyova" in the past tense as if it still hurt to. # invented
  ~ known += k_sedov
* [Read the proofs of the Stalin biography]
  You read a chapter of the Stalin biography in typescript, with the Old Man's corrections in a small hard hand. Harper & Brothers want it; it is very late. # cite: pat
  ~ raise(trust_lt, 1)
* [Read the Spanish papers]
  You struggle through La Voz de México with a dictionary. The word for "traitor" comes up often enough that you learn it on the first page. # invented
  ~ known += k_comintern_press
-
-> student_debate

= student_debate
# scene: dining
The movement is splitting, and the split is argued across this dining table. # invented
In New York, a minority led by Max Shachtman and James Burnham has broken with the majority over the nature of the Soviet Union: after Stalin's pact with Hitler and the invasion of Finland, is it still a workers' state to be defended, or something new that deserves no defence? The Old Man has written against them at length. # cite: pat
* [Defend the majority]
  You defend the majority, and quote the Old Man to the Old Man, and feel your face go hot. He lets you finish and corrects one date. # invented
  ~ raise(trust_lt, 1)
* [Admit you have friends in the minority]
  You admit that half your friends at City College went with Shachtman. The Old Man hears you out without a word, and the talk moves on, and you cannot tell what he thinks of you. # invented
  ~ raise(trust_lt, 1)
* [Listen]
  You listen. The Rosmers listen too. Natalia gets up and clears plates. # invented
  ~ raise(trust_natalia, 1)
-
After supper Seva brings his school books to the library, because it is the quietest room in the house when the typewriters stop. # invented
He is doing sums in Spanish and a composition in French, and he has been told not to ask the secretaries for help. He asks you, because you are not a secretary. # invented
* [Help him with the French]
  You help him with the French. The composition is about a journey. He has written about a ship and a long sea, and the Rosmers, and a city full of rain, and crossed it all out and written about a bicycle instead. # invented
  You do not ask about the ship. You correct the bicycle. # invented
  ~ raise(trust_seva, 1)
* [Help him with the sums]
  You help him with the sums, which are about bags of maize and the price of eggs in Coyoacán market. He is faster than you. He is kind about it. # invented
  ~ raise(trust_seva, 1)
* [Tell him to do it himself]
  You tell him to do it himself, the way you were told at his age. He nods, gravely, and does, and gets one sum wrong, and shows you, and you both laugh. # invented
-
The Old Man looks in at the door, sees the two of you, and goes away again without a word. # invented
-> student_bob

= student_bob
# scene: gate
# ambience: garden
In April your friend arrives: Robert Sheldon Harte, Bob, twenty-four, from New York, a businessman's son. He has come as secretary and guard. # cite: rou
He has a good smile and a new suitcase. # invented
~ known += k_harte_past
* [Meet him at the garage door]
  You meet him at the garage door and show him the bar and the peephole and the way the bolt sticks. He laughs at your tie. # invented
  ~ raise(trust_guards, 1)
* [Show him the library first]
  You show him the library first, because that is where you are proud of being. He looks at the shelves and says, "Well, you found your church." # invented
-
Bob makes friends with everybody in a week: the Old Man, the guards, the cook. # invented
Seva, years later, remembered that the Old Man once scolded Bob, not long after he came, for leaving the street door open. # cite: ev
* [Tease him about it]
  "Door," you say, every time he passes. It becomes a joke between you. # invented
* [Say nothing]
  You say nothing. The Old Man's temper passes like weather, and Bob is embarrassed enough. # invented
-
-> student_walk

= student_walk
# scene: market
# ambience: street
On a free afternoon you and Bob walk into Coyoacán with another guard, because no one goes anywhere alone. # invented
Three streets away, on Avenida Londres, the Blue House, the house where the Old Man lived until last spring, and where the Dewey hearings sat. # cite: pat
Its walls are a blue you could drink. # invented
* [Stop and look at it]
  You stop and look at it for a long time. Bob says it looks like a house in a fairy tale. You say the fairy tale ended in a quarrel about politics and rent. # invented
  ~ known += k_asylum
* [Walk on past it]
  You walk on past it. Since the quarrel with Rivera it is not a house anyone from Avenida Viena calls at. # invented
-
On the way back you buy churros in the plaza and eat them walking, and for one hour it is like being twenty anywhere. # invented
# scene: library
# ambience: house
That evening Natalia comes into the library looking for a French newspaper, and finds you reading it. # invented
She speaks French to you; she reads it and speaks it well, and your French is suddenly very poor. # cite: pat
* [Ask her about Paris]
  You ask her about Paris. She tells you about the Luxembourg gardens before the last war, and the cafés where the exiles argued, and then stops, as though she had walked into a room where someone was missing. # invented
  ~ raise(trust_natalia, 1)
* [Ask her whether she likes Mexico]
  You ask whether she likes Mexico. She says the light is very beautiful. That is all she says. # invented
  ~ raise(trust_natalia, 1)
* [Give her the paper and say nothing]
  You give her the paper. She thanks you and takes it to the window and reads it standing up. # invented
-
You write to your sister. # invented
* [Write about Bob]
  ~ letters_home++
  Dear Miriam, Bob is here and everyone loves him, of course. I have a desk by a window and a view of a rabbit. The Old Man corrected my French. Don't tell Mama about the guns. # class: letter # invented
* [Write about the work]
  ~ letters_home++
  Dear Miriam, I am translating letters from people I will never meet about a war I hope we never join. It is the most important work I have done and nobody will ever know I did it. # class: letter # invented
-
-> jacson_outside

// ---------------------------------------------------------------- the Mexican comrade's own spring
= mexican_street
# scene: street
# ambience: street
You are the house's ears in the street, and it is a loud street. # invented
The Communist papers, El Popular and La Voz de México, have been attacking the Old Man since January harder than ever: agent of Hitler, agent of the oil companies, agent of the Americans. # cite: ev
~ known += k_comintern_press
Seva later recalled the Old Man saying that these journalists seemed ready to trade their pens for machine guns. # cite: ev
* [Read El Popular aloud in the guardroom]
  You translate the worst of it aloud for the Americans, who laugh and then stop laughing. # invented
  ~ raise(trust_guards, 1)
* [Read it alone]
  You read it alone in the tower, and think of the men in your print shop who believe every word. # invented
-
-> mexican_casita

= mexican_casita
# scene: street
The brick hut outside belongs to the police, and in the evenings you take them coffee from Carmen's kitchen. # invented
Five men in the hut, by day and by night, under orders from the city's police. Between them and the compound there is nothing but the wall and the garage door. # cite: pat
* [Ask Chema what his orders are]
  Chema scratches his neck. "To watch the house. If there's trouble, to telephone." # invented
  "And to fight?" # invented
  "With what we have," he says, and looks at the old rifles. # invented
  ~ raise(trust_police, 1)
* [Ask the Güero what the neighbours say]
  "That the Russian is rich. That the Americans are gangsters. That he is hiding from his own people." The Güero shrugs. "They say the same about the priest." # invented
  ~ raise(trust_police, 1)
-
-> mexican_kitchen

= mexican_kitchen
# scene: dining
# ambience: house
In the kitchen, Carmen and Belem. Their world is the market, the stove, the laundry, and what their families say about where they work. # invented
They are the two people in the house nobody from abroad ever asks anything. # invented
* [Help Carmen with the market list]
  You go with Carmen to the market. She buys like a general, and makes you carry. On the way back she asks whether it is true the Russian has killed millions. # invented
  "No," you say. "The other one has." She does not answer. # invented
* [Ask Belem about her family]
  Belem's brother is in the union at the electric company, which is Communist, and he says she should find another house. She says the pay is good and the Señora is kind. # invented
-
-> mexican_home

= mexican_home
# scene: market
# ambience: market
At home, your little brother Chucho, fifteen, reads El Popular at the table with his feet up. # invented
"They say your Russian is a fascist," he says. "Is he?" # invented
* [Argue with him]
  You argue until your mother shouts at you both. You win, you think. Chucho takes the paper to bed. # invented
* [Tell him to come and see]
  "Come and see," you say. "Carry the bread with me one morning." He looks at you as if you had asked him to go to confession. # invented
-
At the market stall where you buy your tortas, Lupe, who is your age and teases you, asks whether the Russian pays better than the print shop. # invented
* [Tell her he pays nothing]
  "Nothing," you say. "I do it for the revolution." She laughs until she has to sit down. # invented
* [Tell her it is a secret]
  "It is a secret," you say. She says that everyone on Avenida Viena knows the secret. # invented
-
-> mexican_printshop

= mexican_printshop
# scene: market
# ambience: street
# time: night
At the print shop where you work nights, the foreman, Don Isidro, is a Communist, and so are most of the men at the presses. # invented
This week the shop has a job for the Party: handbills for the first of May. You set type for a slogan about the traitor Trotsky, letter by backwards letter, with your own hands. # invented
* [Set it and say nothing]
  You set it, and lock the forme, and say nothing. The rent is the rent. Afterwards you wash your hands for a long time. # invented
* [Set it wrong on purpose]
  You set "TRAIDOR" with a D upside down. Don Isidro finds it on the proof, looks at you a long moment, turns the D the right way up, and says nothing at all. # invented
  ~ known += k_comintern_press
* [Ask to be put on another job]
  You ask for another job. Don Isidro puts you on wedding invitations and says, not unkindly, that everyone in the shop knows where you sleep some nights, and that he does not want trouble in his shop from either side. # invented
-
Walking home at dawn along the river, you pass the wall of the house and the brick hut. The Güero is asleep on his chair. You wake him by kicking the chair leg, gently, and he salutes you, half a joke. # invented
You write to your cousin Tomás in Tampico, who works on the oil docks where the Old Man landed. # invented
* [Tell him about the house]
  ~ letters_home++
  Primo, I am a guard now, with a pistol that is older than me. The house is full of foreigners and rabbits. If anyone at the docks says anything about the old man, tell them he is kind to the cook. # class: letter # invented
* [Ask him about the docks]
  ~ letters_home++
  Primo, do they still talk at the docks about the Norwegian tanker in '37? Tell me everything, I have a bet with an American. # class: letter # invented
-
-> jacson_outside

// ---------------------------------------------------------------- shared: the man outside
= jacson_outside
# scene: street
# time: day
# ambience: street
One face outside the wall becomes familiar that spring. # invented
Since January, Sylvia Ageloff, an American comrade from New York, has been coming to the house to do typing for the Old Man. Her sister Ruth was one of his secretaries in 1937. # cite: pat
~ known += k_sylvia
Her companion drives her here and waits for her outside in his car. He never asks to come in. He calls himself Frank Jacson and says he is in business. # cite: pat
He reads a newspaper for hours. # invented
* [Take him a glass of water]
  You take him a glass of water. He thanks you in a French accent, says "Frank Jacson", shakes your hand, and says it is kind of you, the sun is terrible. He talks about the roads to Puebla. He does not ask you anything at all. # invented
  ~ known += k_jacson_story
* [Look at the car]
  {role == teamster: A good car, well kept, paid for in cash, you would guess. The tyres are better than yours. # invented}
  {role != teamster: A large car, clean, well kept. He polishes the windscreen while he waits. # invented}
* [Ignore him]
  You ignore him. Everyone ignores him. That is, you will understand later, the point. # invented
-
At the end of March Sylvia goes back to her job in New York. Jacson stays on in Mexico City, and makes friends with the Rosmers in town. # cite: pat
The guards are used to him. He is Sylvia's man, and Sylvia is a comrade. # cite: pat
* [Say you don't like him]
  "I don't like him," you say to Robins. "A man who waits four hours and never asks to come in." # invented
  "He's Sylvia's husband, more or less," says Robins. "Marguerite likes him. He's never set foot past the door. What do you want me to do, arrest him for patience?" # invented # pushback: warn_about_jacson
  The guards, like the household, trusted a face vouched for by comrades; it was the rule of a small movement where everyone knew everyone. # cite: pat
  ~ proposals_refused++
* [Say nothing]
  You say nothing. He is a man in a car. # invented
-
-> security

// ---------------------------------------------------------------- shared: the security debate
= security
# scene: guardroom
# time: night
# ambience: night
# music: dread
April. The guards hold one of their meetings in the rooms by the wall, with the door shut and Otto smoking by the window. The question is the same as always: what would we do if they came tonight? # invented
What the house has: one barred wooden door at the garage; one guard on watch inside it at night; an alarm bell wired from the house to the guards' rooms; five police in a hut outside; a wall; a few guns. # cite: han40
Since the autumn of 1937 the secretaries have asked for two rules: that every visitor be searched, and that the Old Man never be left alone with one. He has never accepted either. # cite: han40
You may put forward what you think matters most. # invented
-> proposals

= proposals
* [Test the alarm, every week, properly]
  "When was the alarm last tested?" Nobody knows. # invented
  It is agreed: every Sunday, the bell, from every button, with someone in the guardroom to hear it. # invented
  ~ house += alarm_tested
  ~ raise(trust_guards, 1)
  -> proposals
* [Put two guards on the door at night]
  "Two on the door at night. One awake, one half-awake." # invented
  Robins does the arithmetic aloud. Five guards, some weeks fewer; days in the tower, errands, cars, the Old Man's outings, sleep. "Two on the door means nobody on anything else. When we have ten men, yes." # invented
  A single guard on the garage door at night was how the house was kept that spring. # cite: han40
  ~ proposals_refused++
  -> proposals
* [Post a fixed night rota on the wall]
  You rule a rota on the back of a calendar: who has which watch, who relieves whom, in ink. It stops one argument and starts another. # invented
  ~ house += night_rota
  -> proposals
* [Keep a book of everyone who comes in]
  A school exercise book on a nail by the garage door: date, hour, name, who let them in. # invented
  ~ house += visitor_log
  -> proposals
* [Get to know the police outside]
  {role == mexican: You already know them. You offer to go round each evening and see who is on, and whether they are awake. # invented}
  {role != mexican: You offer to go round each evening with a Spanish-speaker and see who is on and whether they are awake. # invented}
  ~ house += police_checked
  ~ raise(trust_police, 1)
  -> proposals
* [Fill sandbags for the guards' rooms]
  The guards' rooms have thin walls and doors onto the patio. You fill a dozen sacks with earth from behind the hen-house and stack them by the doors. The others call it your fort. # invented
  ~ house += sandbags_early
  -> proposals
* [Search every visitor, no exceptions]
  "Search everyone. Friends too. Especially friends." # invented
  Otto takes the idea to the house in the morning. It comes back at lunch, politely. # invented
  The Old Man will not have his friends and comrades searched at the door like suspects, and he will not be guarded like a prisoner in his own study. # cite: han40 # pushback: search_visitors
  It was an old argument. His secretaries had asked for it since 1937; he had always refused. # cite: han40
  ~ proposals_refused++
  -> proposals
+ [That's enough for one meeting]
  -
-> rosmer_hospital

= rosmer_hospital
# scene: gate
# time: day
# music: house
# ambience: garden
On the first of May Alfred Rosmer goes into the French Hospital for a minor operation, and stays there until the tenth. # cite: pat
All that week Jacson drives Marguerite to the hospital and back in his car. He brings her to the garage door, lets her out, and waits outside. # cite: pat
You open the door for her. "Such a kind young man," Marguerite says. "He will not even come in for coffee." # invented
* [Offer him coffee at the door]
  He smiles, and says he must not intrude, and that the Old Man is a busy man. # invented
  ~ known += k_jacson_story
* [Bar the door and go back to work]
  You bar the door. The engine idles, then goes. # invented
-
-> may_day

= may_day
# ambience: crowd
The same day, the first of May, a great Communist march goes through the centre of the city, demanding that Trotsky be expelled from Mexico. How many marched, the accounts do not agree.
{
- role == teamster: -> teamster_may
- role == student: -> student_may
- else: -> mexican_may
}

= teamster_may
# scene: market
You have an errand in town that day, for parts, and the streets are closed. You sit in the Dodge at a crossing while the march goes by, thousands on thousands, banners, bands, unions you would be proud to march with on any other day. # invented
* [Watch the faces]
  They are workers. Drivers, printers, electricians. The men you came here to stand with. Some of them carry a painted sign with the Old Man's face and a rope. # invented
  You sit with your hands on the wheel and do not honk. # invented
* [Turn the car round]
  You turn the car round in three goes and take the long way back. # invented
-
Don Refugio, when you get to his garage, is closed for the holiday. Of course he is. # invented
-> mid_may

= student_may
# scene: library
You read about it the next morning in La Voz de México, with the dictionary. The march was enormous; the paper says the workers of Mexico demand the expulsion of the traitor. # invented
* [Translate it for the Old Man]
  You translate it into French and leave it on the pile. It comes back with one word underlined: "workers". # invented
  ~ raise(trust_lt, 1)
* [Show it to Bob]
  Bob reads it over your shoulder and says "Well," and then, "Well, they'd have to get past us," and goes to clean his pistol. # invented
-
-> mid_may

= mexican_may
# scene: street
# ambience: crowd
You go into the city to see it for yourself. # invented
The march fills the streets from the Zócalo outwards: unions, teachers, railwaymen, the Party with its banners. You see the men from your print shop. You see Chucho, your brother, with a paper flag. # invented
* [Call to Chucho]
  He sees you. He looks away, and then back, and waves the flag at you, half a joke and half not. # invented
* [Stay in the crowd]
  You stay in the crowd and listen to the speeches, and learn the slogans, so that you can tell the house what the city is saying. # invented
  ~ known += k_comintern_press
-
One of the chants is "Fuera Trotsky". Out with him. It has a good rhythm. # invented
-> mid_may

= mid_may
# scene: patio
# time: dusk
# ambience: garden
# music: dread
Mid-May. The war in Europe has turned: the Germans are through Holland and Belgium and into France. The Old Man reads the papers at the table and says little. # invented
The hens go in at dusk. The rabbits are fed. Seva does his homework in the dining room, in Spanish. # invented
{house ? alarm_tested: On Sunday the bell rang in the guards' rooms from every button in the house. It works. It is a good bell. # invented}
{house ? visitor_log: The exercise book on the nail by the garage door has thirty pages full. # invented}
You have been here two months. You know where everyone sleeps. # invented
* [Walk the wall once more before bed]
  You walk the wall once more. Fourteen feet, the ladder marks of the builders still on the brick. # invented
* [Go to bed early]
  You go to bed early, because you have the first watch tomorrow. # invented
-
Nine days later it will be the twenty-third of May. # invented # pause
-> ch2_raid
