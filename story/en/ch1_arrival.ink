// Chapter 1: spring 1940. Arrival at Avenida Viena 19, the compound, the household, routines, Jacson outside,
// May Day, the security debate (after the march, so that the proposals loop is the last reader of its variables). Plays from its first line with default variables. No record beat here (the
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
Four days by Greyhound and second-class train, your toolbox between your knees. # invented
A boy points you down Avenida Viena unasked: everybody knows where the Russian lives. # invented
A rutted dirt road, adobe huts, a dog asleep in the only shade. At the end, above the dry bed of the Churubusco, stands a wall far too high for a summer villa. # cite: pat
* [Look at the wall like an engineer]
  You pace it. Fourteen feet at least, new brick on old; the old iron street gate bricked up solid. # cite: pat # invented
  The only way in is a wooden garage door at the corner, barred from inside. # cite: pat
  ~ raise(trust_guards, 1)
* [Look at the men in the brick hut]
  Mexican policemen in a brick hut by the wall, rifles leaning by the door. One looks you up and down and goes back to his cigarette. # cite: pat # invented
  ~ raise(trust_police, 1)
-
You knock as the union's letter told you: twice, then once. # invented
-> the_garage

= student_arrives
Three days on the train from New York, reading the Dewey Commission's report, Not Guilty, with a pencil. # invented
Its sub-commission had sat for thirteen sessions in April 1937, in the Riveras' Blue House, a few streets from here. Its verdict, published in New York that September: the Moscow trials' charges against Trotsky and his son were a frame-up. # cite: pat # cite: dewey # recall: dewey_hearings_1937_04
~ known += k_moscow_trials
At the end of Avenida Viena the dirt road stops above a dry river bed where women are beating laundry on the stones. Opposite them, a wall fourteen feet high. # cite: sch
You straighten your tie. It is too hot for a tie. # invented
There is only one door: a garage door at the corner, with a peephole. You knock. # cite: pat
-> the_garage

= mexican_arrives
# ambience: street
You walk from your mother's house along the river. All your life this was the old villa by the Churubusco, a summer house gone to ruin. # cite: pat
Since last spring it has been the Russian's house, and the walls have grown. The iron gate your father used to lean on is bricked up. # cite: pat # invented
The policemen in the brick hut know you from the neighbourhood. # invented
* (greeted) [Greet them by name]
  "Buenas tardes, Don Chema. Buenas, Güero." # invented
  Chema is fat and kind; the Güero reads the sports page. Their orders are to guard the house, not to like it. # invented
  ~ raise(trust_police, 1)
* (nodded) [Nod and walk past]
  A uniform is a uniform, even on a man you went to school with. # invented
-
Five of them take turns in the hut by day and night, paid by the government to watch a man half the government's friends would like to see expelled. # cite: pat
Your group sent you because the Americans need someone who can talk to the police, the cook and the iceman. You knock at the garage door. # invented
-> the_garage

= the_garage
# scene: gate
# ambience: garden
# sfx: gate_bolt
A bolt slides. A young American looks at you over a revolver, then at your letter. # invented
Harold Robins, whom the guards treat as their captain, lets you in and bars the door. # cite: pat # invented
Inside stand the household's two cars, one of them the Dodge Joe Hansen drove down new from the States in 1937. # cite: pat
Everything comes in and out through here. # cite: pat
{role == teamster: You put a hand on the Dodge's fender. Somebody has been neglecting the tyres. # invented}
"Welcome to the fortress," says Robins. "Such as it is." # invented
# scene: plan
{not classroom_cut: He walks you round. # invented}
{classroom_cut: -> household}
-> tour

= tour
* (saw_house) [The house]
  # scene: plan
  The house is a T. Along the east wall, library, dining room, kitchen, lavatory and a bedroom open into each other behind iron-grilled windows. # cite: pat
  The stem holds the Old Man's study, a bathroom, his and Natalia's bedroom, and their grandson Seva's next door, opening onto the garden. # cite: sch
  The bedroom has ordinary windows and wooden doors. "We know," says Robins. # invented
  -> tour
* (saw_guardrooms) [The guards' rooms]
  # scene: guardroom
  Along the patio wall, four low rooms, once servants' quarters, where the guards sleep: cots, books, a hot plate, rifles in a rack. # cite: pat
  A bell-wire runs from the house to these rooms: the alarm. # cite: pat
  -> tour
* (saw_garden) [The garden and the animals]
  # scene: patio
  Behind the garage, rabbit hutches, then a hen-house with four dozen chickens. The Old Man feeds the rabbits himself, morning and late afternoon. # cite: sch
  Between the paths, cacti as tall as a man, dug up in the country last winter and carried home in the cars. # cite: pat
  Above it all, a eucalyptus ninety feet high, and fruit trees the hens scratch under. # cite: sch
  -> tour
* (saw_tower) [The old tower]
  # scene: tower
  At one corner, an old stucco tower. From its top you see the road, the river bed, the cornfields, the volcanoes. # cite: sch # invented
  At night, Robins says, the watch is kept below, inside the garage door. # cite: han40
  -> tour
* (saw_river) [The river bed]
  # scene: street
  The Churubusco is a grey ribbon of stones. Only one side of the compound touches a neighbour's wall; the rest faces road, river and fields. # cite: sch
  {role == mexican: You learned to swim in that river, the one year it had enough water. # invented}
  -> tour
+ [Enough for the first day]
  -
-> household

= household
# scene: dining
# ambience: house
That evening family, secretaries and guards eat together, in four languages: Russian between the Old Man and Natalia, French for the house, English for the Americans, Spanish for the kitchen and the police. # cite: pat
Among the guards they are "the Old Man" and "the Old Lady", never to their faces. # cite: pat
-> faces

= faces
* [The Old Man]
  Sixty, white-haired, pointed beard, round glasses; he eats fast and listens. In careful English he asks where you come from. # invented
  {
  - role == teamster: At "Local 574, Minneapolis" he asks two precise questions about the 1934 flying squads. # invented
  - role == student: At City College, he asks what the students there are reading, and listens as if it mattered. # invented
  - else: At Coyoacán, three streets away, he asks your name again, to remember it. # invented
  }
  He owes Harper & Brothers a long-overdue biography of Stalin; the household needs the advance. # cite: pat
  ~ raise(trust_lt, 1)
  -> faces
* [Natalia Sedova]
  Natalia Ivanovna is small and straight-backed. She says little, and follows the English better than she lets on. # cite: pat
  She passes you the bread. # invented
  ~ raise(trust_natalia, 1)
  -> faces
* [The boy]
  Seva is nearly fourteen, a thin boy with his grandfather's forehead. At school in Coyoacán, where he walks alone each morning, he is Esteban. # cite: ev
  The Rosmers brought him from Paris last August, after a custody fight in France. His mother, Zina, Trotsky's daughter, died in Berlin in 1933; his father was shot in the Soviet Union in 1936. # cite: ev # recall: seva_arrives_1939_08
  Nobody talks politics in front of him if the Old Man can help it. # cite: ev
  ~ raise(trust_seva, 1)
  -> faces
* {not classroom_cut} [The Rosmers]
  Alfred and Marguerite Rosmer, French, past sixty: friends of the Old Man since Paris in the First World War. # cite: pat
  Alfred sat on the 1937 Dewey Commission, which examined the Moscow trials' charges and found them false. # cite: pat # cite: dewey # recall: dewey_hearings_1937_04
  Marguerite is the one who makes Natalia laugh. # invented
  ~ known += k_moscow_trials
  -> faces
* (met_secretaries) {not classroom_cut} [The secretaries]
  Otto Schüssler, a German, has been the Old Man's secretary since the island of Prinkipo in 1932, and here since February 1939. # cite: wp
  Jean van Heijenoort, "Van", the chief secretary for seven years, left last November. # cite: vh
  -> faces
* (kitchen) {not classroom_cut} [The kitchen door]
  Through the kitchen door: Carmen, the cook, and Belem, the maid, talking low over the stove. # cite: pat
  {role == mexican: Carmen asks, in Spanish, whose son you are. She knows your aunt. You are fed twice. # invented}
  -> faces
+ [Enough faces for one night]
  -
{classroom_cut: -> days}
-> first_watch

= first_watch
# scene: gate
# time: night
# ambience: night
# music: none
Your first night watch is seven to one, inside the garage door: a chair, a revolver, the bar across the door. # cite: sch
At eleven someone brings milk and rolls{faces.kitchen:, from the kitchen you looked into at supper}. # cite: sch
Your relief is Aurelio, an older Mexican comrade, a printer, who guarded the Riveras' Blue House in 1937. # invented
Mexican comrades did guard the Blue House at night in those years. # cite: vh
-> aurelio

= aurelio
* [Ask how the Old Man came to Mexico]
  "January 1937. Tampico. A Norwegian tanker, the Ruth, with Natalia and a Norwegian policeman." # invented
  He would not land until he saw friends. Frida Kahlo came aboard for Diego Rivera, who was ill, with two American comrades; the policeman handed back passports and revolvers, and a special train took them to the capital. # cite: pat # cite: el_universal_1937 # recall: tampico_1937_01_09
  ~ known += k_asylum
  -> aurelio
* (blue_house) [Ask about the Blue House]
  "On Avenida Londres. We bricked up the street windows." # invented
  The Trotskys lived there for more than two years from January 1937. # cite: pat # recall: blue_house_1937
  -> aurelio
* (why_left) [Ask why they left]
  "Diego and the Old Man quarrelled. Politics, pride, rent." # invented
  On 14 February 1939 Trotsky wrote to a comrade that he could no longer accept Rivera's hospitality; Rivera left the Fourth International. # cite: pat
  The household moved here, three streets away, in the spring of 1939: April or early May, the accounts disagree. # cite: pat # cite: chronicles_1990 # recall: move_to_viena_1939
  -> aurelio
* [Ask about his son]
  "The one in Paris? Lyova." # invented
  Lev Sedov, the Old Man's elder son, died in a Paris clinic on 16 February 1938 after an operation. Trotsky believed it was no natural death. # cite: pat # recall: sedov_dies_1938_02_16
  When the news came, the secretaries quietly took away the small pistol he kept as a paperweight. # cite: pat
  The younger son, Sergei, an engineer who never cared for politics, had vanished into the Soviet prisons; the family did not know that he had been shot in 1937. # cite: pat
  ~ known += k_sedov
  -> aurelio
+ [Let him sleep]
  "Tomorrow," says Aurelio, and takes the chair. # invented
  -
-> days

= days
# scene: patio
# time: day
# ambience: garden
# music: house
The Old Man rises early, feeds the rabbits and hens himself, then dictates for hours; the typewriters answer from the library. # cite: pat
{not classroom_cut: Lunch, a short siesta, tea with Natalia at five, the rabbits again before dusk. # cite: pat}
{not classroom_cut: For the guards: night watches, guns to clean, errands, cars. # cite: sch}
{classroom_cut: -> role_spring}
* [Help with the animals]
  The Old Man is at the hutches in work gloves, and shows you with stern pleasure how much feed, and how fresh the water. # invented
  He has opinions about rabbits. You keep yours to yourself. # invented
  ~ raise(trust_lt, 1)
* [Clean the guns]
  You clean every weapon in the rack, count the ammunition, and do not like the count. # invented
  ~ raise(trust_guards, 1)
* [Walk with Seva]
  {tour.saw_garden: Seva shows you the cacti you passed on the first day, and the Latin names of three.|Seva shows you the cacti, with the Latin names of three.} # invented
  {trust_seva >= 2: He has saved you a question since supper: have you seen a Buster Keaton film? You have.|He asks whether you have seen a Buster Keaton film. You have.} This settles something. # invented
  ~ raise(trust_seva, 1)
-
Alexander Buchman, an engineer from Cleveland, films the Old Man in colour among the cacti until he leaves in April. # cite: pat
-> role_spring

= role_spring
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
The household runs two cars and no mechanic. Guards drive the Old Man, the shopping, the visitors, Natalia; nobody changes the oil. # cite: pat
* (start_dodge) [Start with the Dodge]
  New plugs, the carburettor stripped on newspaper, a slow leak patched. By evening the Dodge starts first time. # invented
* (other_car) [Start with the other car]
  The second car's brake linings are nearly gone. You write out a list of parts. # invented
-
"For parts, take somebody," says Robins. "Nobody goes anywhere alone." # invented
-> teamster_town

= teamster_town
# scene: market
# ambience: market
In Coyoacán, with a comrade to translate, you find Don Refugio's garage off the market: a big quiet man, Zapata over his bench. # invented
He has the linings. He knows who you work for. # invented
* (told_him) [Tell him]
  "For the Russian," you say, since he knows already. # invented
  "Brakes are brakes," says Don Refugio, and gives you a price a little under his first thought. # invented
* (said_american) [Say you work for an American]
  "For an American." Don Refugio looks at the Dodge, which every child in Coyoacán knows, and gives you the full price. # invented
-
On the way back a newsboy waves El Popular at the car. Since January the Communist papers have called the Old Man every kind of traitor. # cite: ev
~ known += k_comintern_press
{classroom_cut: -> teamster_letter}
-> teamster_discipline

= teamster_discipline
# scene: guardroom
# time: night
# ambience: night
In the guards' rooms, late, an argument you will hear many times. # invented
Some guards are comrades first: books, friends in town, the watches as they come. Others want an army: fixed hours, orders, drills. # invented
* (drill) [Side with the drill]
  "In thirty-four we had flying squads and a dispatcher and nobody went home until the dispatcher said so," you say. "That's why we won." # invented
  Somebody throws a pillow. But Robins nods, slowly. # invented
  ~ raise(trust_guards, 1)
* [Side with the comrades]
  "We're not soldiers," you say. "Nobody here is paid. If you make it a barracks, they'll go home." # invented
  Which is true, and nobody can answer it. # invented
  ~ raise(trust_guards, 1)
* [Say nothing, fix the bed-frame]
  You fix the broken leg of a cot with wire while they argue. In the morning everyone agrees it was the only useful thing that happened. # invented
  ~ raise(trust_guards, 1)
-
-> teamster_casas

= teamster_casas
# scene: patio
# time: day
# ambience: garden
Sergeant Casas, of the police detail, went with the Old Man on his cactus hunts all winter. # cite: pat
He helps you lever a barrel cactus into a new hole, and tells you about the hunts in bad English and good gestures. # invented
The Old Man dug the cacti out himself with a pick, and the sergeant and a guard helped carry them home, some close to two hundred pounds. # cite: pat
* [Ask Casas what he makes of the Old Man]
  "He works like a peasant," Casas says at last, a compliment. "A man who digs like that is not afraid of anything. That is the trouble." # invented
  ~ raise(trust_police, 1)
* [Ask how the cars took the roads]
  He mimes a car bouncing over ruts, a cactus in the back seat with its spines in the roof lining. That explains the roof lining. # invented
  ~ raise(trust_police, 1)
-
Seva finds you changing a flat on the {teamster_garage.start_dodge:second car|Dodge} and asks whether he can do it. # invented
* [Teach him to change a tyre]
  The jack, the nuts loosened before the wheel comes up, tightened crosswise. He does it twice, grease on his nose. # invented
  "Don't tell my grandmother," he says, in French, then Spanish, then English, to be sure. # invented
  ~ raise(trust_seva, 1)
* [Send him back to his homework]
  He goes without argument, which is worse. # invented
  ~ raise(trust_natalia, 1)
-
-> teamster_letter

= teamster_letter
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
{classroom_cut: -> student_debate}
Shelves to the ceiling; newspapers in six languages; letters from every country that still has a Trotskyist with a stamp. # invented
Your French earns you a desk by the window and a pile of letters to sort. # invented
* [Read the letters from Paris]
  The Paris letters are about money, splits and the war. One speaks of "Lyova" in the past tense, as if it still hurt. # invented
  ~ known += k_sedov
* [Read the proofs of the Stalin biography]
  A chapter of the Stalin biography in typescript, corrected in a small hard hand. Harper & Brothers want it; it is very late. # cite: pat
  ~ raise(trust_lt, 1)
* [Read the Spanish papers]
  You struggle through La Voz de México with a dictionary. You learn the word for "traitor" on the first page. # invented
  ~ known += k_comintern_press
-
-> student_debate

= student_debate
# scene: dining
The movement is splitting, and the split is argued across the dining table. # invented
In New York, Max Shachtman and James Burnham lead the minority, and the break will come at the party's convention in April: after Stalin's pact with Hitler and the invasion of Finland, is the Soviet Union still a workers' state to defend? The Old Man has written against them at length. # cite: pat # cite: fi_1940_08
* [Defend the majority]
  You defend the majority, quoting the Old Man to the Old Man, your face hot. He lets you finish and corrects one date. # invented
  ~ raise(trust_lt, 1)
* [Admit you have friends in the minority]
  You admit that half your friends at City College went with Shachtman. The Old Man hears you out; you cannot tell what he thinks. # invented
  ~ raise(trust_lt, 1)
* [Listen]
  You listen. The Rosmers listen too. Natalia gets up and clears plates. # invented
  ~ raise(trust_natalia, 1)
-
{classroom_cut: -> student_bob}
After supper Seva brings his school books to the library. He has been told not to ask the secretaries for help, so he asks you. # invented
* [Help him with the French]
  The composition is about a journey. He has written about a ship and a city full of rain, crossed it all out, and written about a bicycle. # invented
  You do not ask about the ship. You correct the bicycle. # invented
  ~ raise(trust_seva, 1)
* [Help him with the sums]
  The sums are about bags of maize and the price of eggs in Coyoacán market. He is faster than you. He is kind about it. # invented
  ~ raise(trust_seva, 1)
* [Tell him to do it himself]
  You tell him to do it himself. He does, gets one sum wrong, shows you, and you both laugh. # invented
  ~ raise(trust_seva, 1)
-
The Old Man looks in at the door, sees the two of you, and goes away without a word. # invented
-> student_bob

= student_bob
# scene: gate
# ambience: garden
In April your friend arrives from New York as secretary and guard: Robert Sheldon Harte, Bob, twenty-five, a businessman's son. # cite: rou
He has a good smile and a new suitcase. # invented
~ known += k_harte_past
* [Meet him at the garage door]
  You show him the bar, the peephole and the way the bolt sticks. He laughs at your tie. # invented
  ~ raise(trust_guards, 1)
* (library_first) [Show him the library first]
  You show him the library, where you are proud of being. "Well," he says, "you found your church." # invented
-
{classroom_cut: -> student_walk}
Bob makes friends with everybody in a week. # invented
Seva, years later, remembered that the Old Man once scolded Bob, not long after he came, for leaving the street door open. # cite: ev
* (teased) [Tease him about it]
  "Door," you say, every time he passes. It becomes a joke between you. # invented
  ~ raise(trust_guards, 1)
* (let_it_pass) [Say nothing]
  The Old Man's temper passes like weather, and Bob is embarrassed enough. # invented
-
-> student_walk

= student_walk
{classroom_cut: -> student_natalia}
# scene: market
# ambience: street
On a free afternoon you and Bob walk into Coyoacán with a third guard: nobody goes out alone. # invented
On Avenida Londres, the Blue House, where the Old Man lived until last spring and the Dewey hearings sat. # cite: pat
Its walls are a blue you could drink. # invented
* [Stop and look at it]
  Bob says it looks like a fairy tale. You say this one ended in a quarrel about politics and rent. # invented
  ~ known += k_asylum
* (walked_on) [Walk on past it]
  Since the quarrel with Rivera it is not a house anyone from Avenida Viena calls at. # invented
-
{
- student_bob.library_first: Bob buys churros and teases you about your church all the way home; for one hour it is like being twenty anywhere. # invented
- student_bob.teased: "Door," Bob says at every door in Coyoacán, to get in first; for one hour it is like being twenty anywhere. # invented
- student_bob.let_it_pass: Bob buys churros for three and says nothing about doors; for one hour it is like being twenty anywhere. # invented
- else: You buy churros in the plaza and eat them walking, and for one hour it is like being twenty anywhere. # invented
}
-> student_natalia

= student_natalia
# scene: library
# ambience: house
That evening Natalia comes into the library for a French newspaper, and finds you reading it. # invented
She speaks French to you, and speaks it well, and your French is suddenly very poor. # cite: pat # invented
* [Ask her about Paris]
  She tells you about the Luxembourg gardens before the last war, then stops, as if she had walked into a room where someone was missing. # invented
  ~ raise(trust_natalia, 1)
* [Ask her whether she likes Mexico]
  You ask whether she likes Mexico. She says the light is very beautiful. That is all she says. # invented
  ~ raise(trust_natalia, 1)
* (gave_paper) [Give her the paper and say nothing]
  You give her the paper. She reads it at the window, standing up. # invented
-
You write to your sister. # invented
* [Write about Bob]
  ~ letters_home++
  Dear Miriam, Bob is here and everyone loves him, of course. I have a desk by a window and a view of a rabbit. The Old Man corrected my French. Don't tell Mama about the guns. # class: letter # invented
* [Write about the work]
  ~ letters_home++
  Dear Miriam, I translate letters from people I will never meet about a war I hope we never join. It is the most important work I have done, and nobody will ever know. # class: letter # invented
-
-> jacson_outside

// ---------------------------------------------------------------- the Mexican comrade's own spring
= mexican_street
# scene: street
# ambience: street
You are the house's ears in the street. # invented
Since January El Popular and La Voz de México have attacked the Old Man harder than ever: agent of Hitler, of the oil companies, of the Americans. # cite: ev
~ known += k_comintern_press
{not classroom_cut: Seva later recalled the Old Man saying that these journalists seemed ready to trade their pens for machine guns. # cite: ev}
* [Read El Popular aloud in the guardroom]
  You translate the worst of it for the Americans, who laugh and then stop laughing. # invented
  ~ raise(trust_guards, 1)
* (read_alone) [Read it alone]
  You read it alone in the tower, and think of the men at your print shop who believe it. # invented
-
-> mexican_casita

= mexican_casita
# scene: street
{mexican_arrives.nodded: In the evenings you take the police coffee from Carmen's kitchen; Chema takes his without a word.|In the evenings you take the police coffee from Carmen's kitchen.} # invented
Between the hut and the Old Man there is nothing but the wall and the garage door. # cite: pat
* [Ask Chema what his orders are]
  Chema scratches his neck. "To watch the house. If there's trouble, to telephone." # invented
  "And to fight?" # invented
  "With what we have," he says, and looks at the old rifles. # invented
  ~ raise(trust_police, 1)
* [Ask the Güero what the neighbours say]
  "That the Russian is rich. That the Americans are gangsters. That he is hiding from his own people." The Güero shrugs. "They say the same about the priest." # invented
  ~ raise(trust_police, 1)
-
{classroom_cut: -> mexican_printshop}
-> mexican_kitchen

= mexican_kitchen
# scene: dining
# ambience: house
In the kitchen, Carmen and Belem, whom nobody from abroad ever asks anything. # invented
* (market_list) [Help Carmen with the market list]
  At the market Carmen buys like a general and makes you carry. She asks whether the Russian is paid by Hitler, as the papers say. # invented
  "No," you say. "The other one has." She does not answer. # invented
* (asked_belem) [Ask Belem about her family]
  Belem's brother, in the Communist electricians' union, says she should find another house. She says the pay is good and the Señora is kind. # invented
-
-> mexican_home

= mexican_home
# scene: market
# ambience: market
At home your brother Chucho, fifteen, reads El Popular with his feet up. # invented
"They say your Russian is a fascist," he says. "Is he?" # invented
* (argued) [Argue with him]
  You argue until your mother shouts at you both. Chucho takes the paper to bed. # invented
* (come_and_see) [Tell him to come and see]
  "Come and see," you say. "Carry the bread with me one morning." He looks at you as if you had asked him to confession. # invented
-
At the torta stall Lupe{mexican_kitchen.market_list:, who saw you carrying for Carmen,} asks whether the Russian pays better than the print shop. "Nothing," you say. "It's for the revolution." She laughs until she has to sit down. # invented
-> mexican_printshop

= mexican_printshop
# scene: market
# ambience: street
# time: night
At the print shop where you work nights, the foreman, Don Isidro, is a Communist, and so are most of the men at the presses. # invented
This week the shop prints the Party's May Day handbills. You set a slogan about the traitor Trotsky, letter by backwards letter. # invented
* (set_it) [Set it and say nothing]
  You set it and say nothing. The rent is the rent. Afterwards you wash your hands for a long time. # invented
* [Set it wrong on purpose]
  You set "TRAIDOR" with a D upside down. Don Isidro finds it on the proof, looks at you a long moment, turns the D the right way up, and says nothing at all. # invented
  ~ known += k_comintern_press
* (other_job) [Ask to be put on another job]
  Don Isidro puts you on wedding invitations and says the whole shop knows where you sleep some nights; he wants no trouble from either side. # invented
-
{not classroom_cut: Walking home at dawn you find the Güero asleep in his chair. You kick the chair leg, gently, and he salutes you, half a joke. # invented}
You write to your cousin Tomás, on the oil docks at Tampico where the Old Man landed. # invented
* [Tell him about the house]
  ~ letters_home++
  Primo, I am a guard now, with a pistol older than me. The house is full of foreigners and rabbits. If the docks talk about the old man, tell them he is kind to the cook. # class: letter # invented
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
Since January Sylvia Ageloff, a New York comrade whose sister Ruth was the Old Man's secretary in 1937, has come to type for him. # cite: pat
~ known += k_sylvia
Her companion drives her and waits outside in his car, never asking to come in. He calls himself Frank Jacson, a businessman. # cite: pat
* [Take him a glass of water]
  He thanks you in a French accent and talks about the roads to Puebla. He asks you nothing at all. # invented
  ~ known += k_jacson_story
* (looked_car) [Look at the car]
  {role == teamster: A good car, well kept, paid for in cash, you would guess. The tyres are better than yours. # invented}
  {role != teamster: A large car, well kept. He polishes the windscreen while he waits. # invented}
* (ignored) [Ignore him]
  Everyone ignores him. That, you will understand later, is the point. # invented
-
At the end of March Sylvia goes back to New York. Jacson stays on, and makes friends with the Rosmers in town. # cite: pat
The guards are used to him: Sylvia's man, and Sylvia is a comrade. # cite: pat
* [Say you don't like him]
  "I don't like him," you say to Robins. "A man who waits four hours and never asks to come in." # invented
  "He's Sylvia's husband, more or less," says Robins. "Shall I arrest him for patience?" # invented # pushback: warn_about_jacson
  The guards, like the household, trusted a face vouched for by comrades, as a small movement does. # cite: pat
  ~ proposals_refused++
* (kept_quiet) [Say nothing]
  He is a man in a car. # invented
-
-> rosmer_hospital

// ---------------------------------------------------------------- shared: Jacson at the door, May Day
= rosmer_hospital
# scene: gate
# time: day
# music: house
# ambience: garden
On the first of May Alfred Rosmer goes into the French Hospital for a minor operation, until the tenth. # cite: pat
All that week Jacson drives Marguerite to the hospital and back, and waits outside. # cite: pat
{jacson_outside.ignored:"Such a kind young man," says Marguerite, "and you all ignore him."|"Such a kind young man," says Marguerite. "He will not even come in for coffee."} # invented
{classroom_cut: -> may_day}
* [Offer him coffee at the door]
  He {jacson_outside.looked_car:sees you look at the car again, and }smiles{known ? k_jacson_story:, remembering the glass of water}: he must not intrude on a busy man. # invented
  ~ known += k_jacson_story
* (barred) [Bar the door and go back to work]
  You bar the door. The engine idles, then goes. # invented
-
-> may_day

= may_day
# ambience: crowd
That first of May, a great Communist march through the city centre demands Trotsky's expulsion from Mexico. How many marched, the accounts do not agree. # cite: may_day_bio
{
- role == teamster: -> teamster_may
- role == student: -> student_may
- else: -> mexican_may
}

= teamster_may
# scene: market
In town for parts{teamster_town.told_him:, a wave from Don Refugio's door behind you,}{teamster_town.said_american:, past Don Refugio, who does not wave,} you wait in the {teamster_garage.other_car:second car|Dodge} at a closed crossing while the march goes by: unions you would be proud to march with any other day. # invented
* (watched_faces) [Watch the faces]
  Drivers, printers, electricians: the men you came here to stand with. Some carry a painted sign with the Old Man's face and a rope. # invented
  You sit with your hands on the wheel and do not honk. # invented
* (turned_back) [Turn the car round]
  You turn the car round and take the long way back. # invented
-
-> security

= student_may
# scene: library
Next morning you read about it in La Voz de México, with the dictionary: the workers of Mexico demand the expulsion of the traitor. # invented
* [Translate it for the Old Man]
  You translate it into French and leave it on the pile. It comes back with one word underlined: "workers". # invented
  ~ raise(trust_lt, 1)
* (showed_bob) [Show it to Bob]
  Bob reads it over your shoulder. "Well, they'd have to get past us," he says, and goes to clean his pistol. # invented
-
-> security

= mexican_may
# scene: street
# ambience: crowd
The march fills the streets from the Zócalo: unions, teachers, railwaymen, the men from your print shop, and Chucho, with a paper flag{mexican_home.argued: he will not lower for you}{mexican_home.come_and_see: and the face of someone who has not decided}. # invented
* (called_chucho) [Call to Chucho]
  He sees you, looks away, and then waves the flag at you, half a joke and half not. # invented
* [Stay in the crowd]
  You stay and learn the slogans, so that you can tell the house what the city is saying. # invented
  ~ known += k_comintern_press
-
One of the chants is "Fuera Trotsky". Out with him. It has a good rhythm. # invented
-> security

// ---------------------------------------------------------------- shared: the security debate
= security
# scene: guardroom
# time: night
# ambience: night
# music: dread
Early May. After the march, the guards meet with the door shut{trust_guards >= 3:, and this time they wait for you}: what would we do if they came tonight? # invented
What the house has: one barred wooden door, one guard behind it at night, an alarm bell to the guards' rooms, five police outside, a wall, a few guns. # cite: han40
Since the autumn of 1937 the secretaries have asked for two rules: that every visitor be searched, and that the Old Man never be left alone with one. He has never accepted either. # cite: han40
-> proposals

= proposals
* [Test the alarm, every week, properly]
  {tour.saw_guardrooms: You remember the bell-wire from your first day. When was it last tested? Nobody knows.|"When was the alarm last tested?" Nobody knows.} # invented
  Agreed: every Sunday, the bell from every button, with someone in the guardroom to hear it. # invented
  ~ house += alarm_tested
  ~ raise(trust_guards, 1)
  -> proposals
* {not classroom_cut} [Put two guards on the door at night]
  "Two on the door at night. One awake, one half-awake." # invented
  Robins counts aloud: five guards, some weeks fewer, and errands, cars, sleep. "When we have ten men, yes." # invented
  A single guard on the garage door at night was how the house was kept that spring. # cite: han40
  ~ proposals_refused++
  -> proposals
* [Post a fixed night rota on the wall]
  You rule a rota on the back of a calendar. {teamster_discipline.drill: Robins, remembering your flying squads, pins it up himself.|It stops one argument and starts another.} # invented
  ~ house += night_rota
  -> proposals
* {not classroom_cut} [Keep a book of everyone who comes in]
  A school exercise book on a nail by the garage door: date, hour, name, who let them in. # invented
  ~ house += visitor_log
  -> proposals
* [Get to know the police outside]
  {role == mexican: You already know them. You offer to go round each evening and see who is on, and whether they are awake. # invented}
  {role != mexican: You offer to go round each evening with a Spanish-speaker and see who is on and whether they are awake. # invented}
  ~ house += police_checked
  ~ raise(trust_police, 1)
  -> proposals
* {not classroom_cut} [Fill sandbags for the guards' rooms]
  You fill a dozen sacks with earth and stack them by the guards' thin doors. # invented
  ~ house += sandbags_early
  -> proposals
* [Search every visitor, no exceptions]
  "Search everyone. Friends too. Especially friends." # invented
  {faces.met_secretaries: Otto takes the idea up to the house himself. It comes back at lunch, politely.|The idea goes up to the house. It comes back at lunch, politely.} # invented
  The Old Man will not have his friends searched at the door like suspects, nor be guarded like a prisoner in his own study. # cite: han40 # pushback: search_visitors
  ~ proposals_refused++
  -> proposals
+ [That's enough for one meeting]
  -
-> mid_may

= mid_may
# scene: patio
# time: dusk
# ambience: garden
# music: dread
Mid-May. The Germans are through Holland and Belgium and into France. The Old Man reads the papers at table and {trust_lt >= 3:passes you the page on France without a word|says little}. # invented
{house ? alarm_tested: On Sunday the bell rang from every button in the house. # invented}
{house ? visitor_log: The exercise book by the garage door is filling up with names. # invented}
{
- proposals_refused > 1: You walk the wall before bed: so much refused, and fourteen feet of brick. # invented
- mexican_may.called_chucho: You walk the wall before bed and see Chucho's paper flag, half a joke and half not. # invented
- mexican_printshop.set_it: You walk the wall before bed; your hands still smell of the print shop's ink. # invented
- mexican_printshop.other_job: You walk the wall before bed, glad of the wedding invitations, and ashamed of being glad. # invented
- teamster_may.turned_back: You walk the wall before bed and think of the long way round you took on May Day. # invented
- teamster_may.watched_faces: You walk the wall before bed and see the painted rope again. # invented
- student_may.showed_bob: You walk the wall before bed with Bob, who checks the bar twice, for you. # invented
- student_natalia.gave_paper: You walk the wall before bed and see Natalia at the window, reading, standing up. # invented
- aurelio.blue_house: You walk the wall before bed. At the Blue House, Aurelio said, they bricked up the windows too. # invented
- aurelio.why_left: You walk the wall before bed. Three streets away the Blue House is dark. # invented
- known ? k_asylum: You walk the wall before bed: Mexico let him land; now it must let him live. # invented
- tour.saw_tower: You climb the old tower before bed: road, river bed, fields, all dark, all open. # invented
- tour.saw_house: You walk past the bedroom before bed: ordinary windows, wooden doors, as Robins said. # invented
- tour.saw_river: You walk the wall before bed, above the river: one neighbour; the rest open ground. # invented
- letters_home > 0 && trust_natalia >= 2: You finish a letter home at the long table; Natalia, passing, leaves you the lamp. # invented
- known ? k_sedov: You walk the wall before bed and think of Lyova: a Paris clinic had walls too. # invented
- else: You walk the wall before bed: fourteen feet, the builders' ladder marks still on the brick. # invented
}
Nine days later it will be the twenty-third of May. # invented # pause
-> ch2_raid
