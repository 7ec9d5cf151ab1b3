// Chapter 3: the aftermath of the raid, 24 May – 25 June 1940 (record.md §1.3, §4.5, §4.6, §5.2).
// Spine beats here: jacson_enters_1940_05_28 (stitch rosmers_leave) and harte_found_1940_06_25 (stitch santa_rosa).
// Each role has its own first and second scenes; everything else is shared.
=== ch3_aftermath
# checkpoint: ch3_aftermath
# scene: patio
# time: day
# music: dread
# ambience: garden
Friday, 24 May 1940, later in the morning. The sun is up over a house that has been shot through. # invented
{not classroom_cut:
    Glass crunches under your boots on the patio. Someone has already started sweeping, and someone else has told them to stop: the police want everything left as it lies. # invented
}
{not classroom_cut:
    In the bedroom the walls are pocked with bullet holes. The police will count some seventy of them in that one room alone. # cite: mit
}
The Old Man, Natalia and Seva are alive. Seva's foot has been dressed. Natalia's hands were burned beating out the fire, by one account; another says she came through unhurt. # cite: pat # cite: sa
Bob Harte is gone. In the empty garage Charles Cornell found his serape folded on the floor. Both of the household's cars are gone, and the alarm was found switched off. # cite: pat
Within half an hour of the shooting, Colonel Leandro Sánchez Salazar, head of the secret service, was in the patio. # cite: pat
{not classroom_cut:
    He walks the grounds now with his hat pushed back, looking at the holes, the cartridge cases, the guards, and most of all at the Old Man. # invented
}
Later he would write that what struck him first was how calm Trotsky was. Too calm, he thought. A man whose bed had just been riddled should be shaking. # cite: ss
So the colonel began with a question he did not yet say aloud: had the house done this to itself? # cite: ss
* (watched_colonel) [Watch the colonel at work.]
    He crouches by the bedroom door and runs a finger along a splintered frame. He asks who sleeps where, who was on watch, who has keys to the garage. # invented
    Every question is reasonable. Taken together, they point inward. # invented
* [Stay out of his way.]
    You carry chairs out of the dining room for the policemen and say nothing. It is the first lesson of the day: when the police are in the house, a guard is a witness, not a host. # invented
    ~ raise(trust_police, 1)
* [Go and find Seva.]
    Seva is sitting on the step outside his room with his foot bandaged, watching the men in uniform go in and out of the door that a stranger came through in the dark. # invented
    He does not want to talk about it. He asks instead whether the rabbits are all right. They are. # invented
    ~ raise(trust_seva, 1)
- By evening the whole city has a theory. # invented
-> days

= days
# scene: guardroom
# time: dusk
# ambience: house
{classroom_cut: -> door_kept}
Over the next days the house fills with visitors it did not invite: detectives, reporters, officials, men from the American consulate. # cite: pat
The guards sleep in turns, in their clothes. Nobody has said so, but nobody believes the men who came will not come back. # invented
Somebody has to keep the door, now that half of Mexico City wants to come through it. # invented
* [Keep the reporters outside.]
    You stand in the garage mouth and tell the reporters, in two languages, that there will be a statement. They have heard that before. One of them photographs you anyway, squinting, a pistol on your belt. # invented
    ~ raise(trust_guards, 1)
* [Walk the detectives round.]
    You walk two detectives from the garage to the bedroom and back, answering what they ask and nothing more. One of them is polite. The other writes down the make of your shoes. # invented
    ~ raise(trust_police, 1)
* [Write down every name that comes in.]
    You start a list on the back of an old calendar: name, newspaper or office, time in, time out. By the third day it runs to four pages, and the detectives have started asking to see it. # invented
    ~ house += visitor_log
- (door_kept)
{
- role == teamster: -> teamster_cars
- role == student: -> student_room
- else: -> mexican_post
}

= teamster_cars
# scene: gate
# time: day
# ambience: street
{not classroom_cut:
    The garage is the saddest place in the house: two empty bays, an oil stain where the sedan stood, and the barred door that was supposed to be the only way in. # invented
}
You know engines. You do not know much about detectives. But you know that a car tells you where it has been, if you let it. # invented
One of the household's cars has already turned up, abandoned where it got stuck not far away. The raiders had left it and gone on. # cite: pat
* [Go with the policeman who fetches it.]
    A gendarme rides out with you in a borrowed car. The household car is nose-down in a rut, the driver's door open, the keys gone. # invented
    You do not touch the steering wheel. You look at the tyres, caked to the rims in red mud, and at the gear lever left in second, the way a man leaves it when he has given up and run. # invented
    The policeman writes down what you say. You cannot tell whether he believes a word of it. # invented
    ~ raise(trust_police, 1)
* [Look at the board where the car keys hung.]
    You look at the board by the garage door where the car keys hung on their hooks. The hooks are empty. # invented
    Whoever took the cars knew where to look, or was told, or simply tried the hooks as any car thief would. You keep that thought to yourself for now. # invented
    ~ known += k_harte_past
* [Start a list of what the house needs.]
    You borrow a pencil from the library and write on the back of a grocery bill: a door that does not open by hand, a light over the street, a bell the police outside can hear, a night rota that nobody swaps without telling the man in charge. # invented
    It is a teamster's list, written the way you wrote picket rotas in Minneapolis in 1934. It will be months before anyone can pay for any of it. # invented
    ~ house += night_rota
- {classroom_cut: -> bob_asked}
The papers in the guardroom say the Old Man staged it all. You read it twice to be sure you understand the English translation someone has pencilled above the Spanish. # invented
* (crumpled) [Crumple the paper.]
    You crumple it and then, because paper is scarce, smooth it out again for lighting the stove. # invented
* [Keep it to send to the union hall.]
    You fold it into your pocket. The brothers at the hall in Minneapolis will not believe it unless they see it. # invented
    ~ letters_home++
- (bob_asked) Then, as if the house has been holding its breath, the question everyone is asking reaches the garage: where is Bob? # invented
-> harte_question

= student_room
# scene: guardroom
# time: day
# ambience: house
Bob's corner of the guards' room is as he left it: the books, the shaving things, a shirt folded for a morning that did not come. Whatever happened to him, it did not begin here. # invented
He had come down from New York only two months before, in the spring, a young man of twenty-five. # cite: rou
{not classroom_cut:
    You knew him from meetings in New York, and here you had shown him the ropes: cheerful, a little careless, eager to be useful. # invented
}
His books are on the crate beside the cot. A paperback with a cracked spine, a Spanish grammar, letters from home in their envelopes. # invented
* (read_letters) [Read his letters.]
    You take the top envelope out and put it back without opening it. They are his. If the police want them, the police can ask. # invented
    Later that week the police do ask, and take the whole bundle away with them. # invented
* [Look at the books.]
    You open the Spanish grammar. He had underlined the verbs for to wait and to open. You close it again quickly, as if it had said something it should not. # invented
    ~ known += k_harte_past
* (left_alone) [Leave everything as it is.]
    You sit on your own cot opposite and leave his things alone. Someone should. # invented
- {classroom_cut: -> photo}
In the library the secretaries are at the typewriters before breakfast. There are statements to prepare for the police, letters to the newspapers, cables to New York. # invented
# sfx: typewriter
The Old Man dictates in Russian; the pages go into English and Spanish; the carbons pile up. Whatever else the house cannot do, it can write. # invented
* [Offer to translate from the French.]
    You take a French letter from Paris comrades and put it into English. Your French is better than your typing. By noon your fingers ache and the letter is done. # invented
    ~ raise(trust_lt, 1)
* [Offer to file the newspapers.]
    You cut out every story about the raid, English and Spanish, and paste them into a ledger. Half of them say the house did it. You paste those in too. # invented
    ~ known += k_comintern_press
- That night you write home for the first time since the shooting. # invented
* [Tell Miriam the truth.]
    Dear Miriam, I am all right. Nobody in the family was killed. Bob is missing. Tell Mama I am safe, and don't believe what the Daily Worker says about us. # class: letter # invented
    ~ letters_home++
* [Tell her only that you are well.]
    Dear Miriam, I am well and eating properly. It is very sunny here. Give Mama my love. # class: letter # invented
    You do not add anything else. You mean to, tomorrow. # invented
    ~ letters_home++
- You lie awake looking at Bob's empty cot until the cocks start in the hen-house. # invented
- (photo) The police want a photograph of Bob to show at the farms and the bus stations. The only one in the guardroom is yours, a snapshot from April: Bob on the roof with his hat pushed back, laughing at whoever holds the camera. # invented
* [Hand it over.]
    You hand it over. A detective slides it into an envelope without looking at it, and it is gone. You never see it again. # invented
    ~ raise(trust_police, 1)
* (kept_copy) [Have a copy made first.]
    You take it to the photographer by the plaza and pay for two prints, one for the police and one for you. It costs a day the police say they do not have, and you do not care. # invented
-
-> harte_question

= mexican_post
# scene: street
# time: day
# ambience: street
Outside the wall, the brick police hut looks smaller than it did a week ago. # invented
Five policemen were in it that night. All five were overpowered and tied up by men in uniforms like their own. # cite: pat
{house ? police_checked: The new men posted there know your face from your rounds, and still look at you sideways.|The new men posted there look at you sideways: the Mexican who guards the Russian.} # invented
* [Talk to the gendarmes in Spanish.]
    You offer cigarettes and they take them. One of them says the men who came wore uniforms good enough to fool anybody in the dark. He was not on duty that night; his friend was. # invented
    He says it with shame, on his friend's behalf. You do not press him. # invented
    ~ raise(trust_police, 1)
* [Walk on to the corner without stopping.]
    You walk past without a word. A guard needs the police; you know that. But today you cannot look at a uniform without seeing the ones that came in the dark. # invented
    ~ lower(trust_police, 1)
- {classroom_cut: -> newsstand}
The Güero is not among them. Word is he has been put behind a desk in Tacubaya, in disgrace. # invented
* (found_guero) [Go and find him on Sunday.]
    You find him on Sunday at his sister's, mending a chair. He gives you a beer and talks football, not the night, and you let him. # invented
    ~ raise(trust_police, 1)
* [Let him be.]
    You let him be. A man tied hand and foot outside the house he was posted to guard wants no visitors from it. # invented
- (newsstand) At the newsstand in the plaza the Communist papers have made up their minds. # cite: comintern
The raid, they say, was an auto-asalto: a self-attack, staged by Trotsky himself to win sympathy, or to help the American Dies Committee against the Communists. # cite: comintern
Other rumours point at Diego Rivera and his chauffeur, and at Bob Harte. # cite: sa
This is what people were told in 1940. It was false; it is here so that you can see what the household was up against. # class: note # cite: comintern
~ known += k_comintern_press
{classroom_cut: -> harte_question}
* (bought_paper) [Buy a copy and read it through.]
    You buy one and read it standing up. It is well written. That is the worst of it: it reads like sense, if you were not in the patio at four in the morning. # invented
* (argued_vendor) [Argue with the vendor.]
    You tell the vendor he is selling lies. He shrugs and tells you he sells paper, not truth, and if you want truth go to church. # invented
    A man behind you laughs. You go home hot in the face. # invented
* (thought_of_chucho) [Think of Chucho.]
    Your brother Chucho reads this paper at the kitchen table every morning. You wonder whether he has read this page yet, and whether he believes it. # invented
    You decide to ask him on Sunday. You are not sure you want to hear the answer. # invented
    ~ letters_home++
- When you come back, Carmen is standing in the kitchen door with her arms folded, watching the detectives. # invented
She and Belem, the maid, were in the house that night. Soon the police will want them too. # cite: pat
-> harte_question

= harte_question
# scene: patio
# time: dusk
# ambience: garden
Sunday, Monday. Nobody knows where Bob Harte is. # invented
Some policemen said they saw him led away to a car by the raiders, protesting. # cite: lq
{not classroom_cut:
    If he was taken, he may be alive. If he went willingly, the papers say, then the house had a traitor at its door. The household holds on to the first thought and will not speak the second. # invented
}
{not classroom_cut:
    His father, Jesse Harte, a New York businessman, flies down, offers a reward of ten thousand pesos for news of his son, and flies home again. # cite: time
}
{not classroom_cut:
    On 27 May a press story claims that a signed photograph of Stalin was found in Bob's room in New York. Jesse Harte will later cable that it was not so. # cite: time
}
* {not classroom_cut} [Ask to go out and look for Bob yourself.] -> chase
* [Ask what the police are doing to find him.]
    {trust_police >= 2: A detective who knows you by now tells you, quietly, at the gate: a great deal, but not about Bob.|The answer, from the guards who have been to headquarters, is: a great deal, but not about Bob.} # invented
    The colonel's questions are still about the house. Who had keys. Who knew the rota. Why the alarm was off. # cite: ss
    ~ known += k_harte_past
    -> harte_gather
* [Keep his post at the garage door clean.]
    You sweep the garage every evening, as if he might walk back in and need the place tidy. # invented
    It is a foolish thing to do. Nobody stops you. # invented
    ~ raise(trust_guards, 1)
    -> harte_gather

= chase
You want to take whatever car will run and drive the roads out of the city, asking at every farm and cantina until somebody has seen a young gringo taken away in a car. # invented
* [Put it to the guards.]
    The guards hear you out. Then they tell you what you already half know. # invented
    ~ raise(trust_guards, 1)
* [Go to the garage anyway.]
    You get as far as the garage. There is nothing in it to drive. # invented
- Both of the household's cars had gone with the raiders, and the one found stuck and abandoned is not yet back in the garage. # cite: pat
The house had five or six guards for one man the GPU had just tried to kill. A guard out on the roads is a guard not on the wall. # cite: pat # pushback: chase_raiders
And the hunt was the police's work, not the household's. What the household actually did was press the police with statements and letters, and write. The Old Man set out in print who he believed had sent the raiders, and why. # cite: lt_ssmd
Jesse Harte's reward was offered. The police searched. You stayed at your post. That was the job. # cite: time # invented
-> harte_gather

= harte_gather
{classroom_cut: -> rosmers_leave}
The Rosmers are to sail on Tuesday. They need a car to Veracruz, and the house has none to spare. # cite: pat
On their last evening Marguerite sits with Natalia in the dining room while Alfred ties up his papers in the library. # invented
* [Ask Marguerite about bringing Seva.]
    Before Seva could come to Mexico, there had been a fight in the French courts over him with Jeanne Martin, the companion of his uncle Lev Sedov, who had died in Paris in 1938. # cite: ev
    Marguerite tells it briefly: the lawyers, the waiting, the ship at last. She does not say what it cost her, and you do not ask. # invented
    ~ known += k_sedov
* [Leave them their last evening.]
    You keep out of the dining room. Through the door you hear Natalia and Marguerite talking in French, low, for a long time, and once, unexpectedly, laughing. # invented
    ~ raise(trust_natalia, 1)
- -> rosmers_leave

= rosmers_leave
# scene: gate
# time: dawn
# ambience: street
Tuesday, 28 May 1940. Early. # cite: pat
Alfred and Marguerite Rosmer are leaving after nine months in the house. Their trunks stand by the garage door. # cite: pat
The driver who has offered to take them to the port at Veracruz is a friend of Marguerite's: Frank Jacson, the quiet man with the big Buick who used to wait outside in the street for Sylvia Ageloff. # cite: pat
All through the spring he had never once asked to come in. # cite: pat
This morning he does. The guards know his face. The door is opened. # cite: pat
* [Watch him from the garage.]
    {house ? visitor_log: You write him in your list, Jacson, Buick, a friend of the Rosmers, while he looks around the patio as a visitor looks at a famous building.|He steps in politely, hat in hand, and looks around the patio as a visitor looks at a famous building: the trees, the hutches, the bullet holes.} # invented
    ~ known += k_jacson_story
* [Carry the Rosmers' trunks.]
    You carry Marguerite's trunk out to the Buick. Jacson opens the back of the car for you and thanks you in French-accented English. You think nothing of it. # invented
    ~ known += k_jacson_story
* [Say goodbye to Marguerite.]
    Marguerite Rosmer, who brought Seva across the ocean, takes your hand in both of hers and tells you to look after the boy. # invented
    ~ raise(trust_natalia, 1)
- Then the Old Man, who is not expected, comes out into the patio. He walks over and shakes the young man's hand. # record: jacson_enters_1940_05_28 # cite: pat
{not classroom_cut:
    The writer Isaac Don Levine would later put the moment at 7:58 in the morning. # cite: pat
}
It is the first time Ramón Mercader, travelling as Frank Jacson, meets the man he has come to Mexico to kill. # cite: mit
{not classroom_cut:
    Nobody in the patio knows that. Nobody will know it for a long time. # invented
}
{not classroom_cut:
    Natalia rides with them to Veracruz, to see her friends off, and Jacson drives her back: some five hours each way. He is attentive, talkative, and buys her small presents on the road. # cite: pat
}
{not classroom_cut:
    Historians disagree about the exact day of this first meeting: Patenaude and Levine give 28 May; Andrew and Mitrokhin say five days after the raid. # class: note # cite: mit
}
~ known += k_jacson_story
{classroom_cut: -> questioned}
* [Go back to your post.]
    You go back to your post. The Buick's engine fades down Avenida Viena toward the city. # sfx: car_engine # invented
    ~ raise(trust_guards, 1)
* [Mention him to the other guards.]
    At breakfast somebody says Sylvia's fellow seems a decent sort. Somebody else says at least he has a car that runs, which is more than the house has. # invented
    That is all anybody says about him. # invented
    ~ raise(trust_guards, 1)
- -> questioned

= questioned
# scene: dining
# time: day
# ambience: house
On 28 and 29 May the police take the cook, Carmen, and the maid, Belem, and question them at length. # cite: pat
When they come back, they have signed statements saying the raid was a self-attack. # cite: pat
{not classroom_cut:
    Nobody in the house knows exactly what was said to them in those rooms. The household believes that frightened women said what frightened men wanted. # invented
}
{
- classroom_cut: -> arrests
- role == mexican: -> mexican_kitchen
- else: -> arrests
}

= mexican_kitchen
# scene: dining
Next morning Carmen is at the stove. She does not look at you. # invented
Spanish is your mother tongue, and hers; she can say things to you that she could never say to the gringos. # invented
* [Ask her what happened.]
    You ask her, gently, what happened at the police station. She says they asked the same questions all night and let her go when she signed. # invented
    That is all. Then she asks you to pass the salt. # invented
    ~ raise(trust_natalia, 1)
* [Tell her you don't blame her.]
    You say that nobody in the house blames her. She looks at you for a long moment, and you are not sure she believes you, or that she should. # invented
    ~ raise(trust_natalia, 1)
* [Say nothing and help with the beans.]
    You sit on the bench and pick over the beans with her, the stones into one bowl and the good ones into another. After a while she hums. # invented
    ~ raise(trust_guards, 1)
- You think of your own mother, and what she would sign after a night like that. # invented
-> arrests

= arrests
# scene: gate
# time: night
# ambience: night
Thursday, 30 May. The police come back for the guards. # cite: pat
They take Charles Cornell and Otto Schüssler, the two who speak usable Spanish, and hold them for about two days, pressing them to confess that the house staged the raid. # cite: pat
They come for Harold Robins as well. The Old Man objects, and they leave him. # cite: pat
* [Step forward and offer to go in Cornell's place.]
    You step forward. The officer looks at his list. Your name is not on it, and he is not interested in volunteers. # invented
    ~ raise(trust_guards, 1)
    It was not a choice the house had: the police named whom they wanted. # cite: pat
* [Stand by the Old Man while he argues.]
    {trust_lt >= 2: You stand at the Old Man's shoulder while he protests; once he glances round to see that you are still there.|You stand a pace behind the Old Man in the guardroom door while he protests. He is angrier than you have seen him, and perfectly polite.} # invented
    ~ raise(trust_lt, 1)
* [Watch from the gate.]
    You stand at the gate and watch the car with Cornell and Schüssler in the back pull away under the street lamp. # sfx: car_engine # invented
- {classroom_cut: -> break_in_case}
The house is down two guards for two nights. Everybody does double turns. # invented
* [Take the one o'clock at the garage door.]
    You take the one o'clock at the garage door: Bob's watch. The bar, the bolts, the switch on the wall. Every time a car passes on the road, you are on your feet before you know it. # invented
    ~ raise(trust_guards, 1)
* [Take the roof.]
    # scene: tower
    ~ raise(trust_guards, 1)
    You take the roof, flat by the parapet with a rifle and a blanket. Over Coyoacán the sky is enormous, and every dog in the district barks at something you cannot see. # invented
* [Sit up in the corridor by the bedroom.]
    You take a chair into the corridor outside the bedroom and sit there till dawn with your pistol on your knee. Towards three Natalia opens the door, sees you, and closes it again very gently. # invented
    ~ raise(trust_natalia, 1)
-
{
- role == mexican: -> mexican_courts
- role == student: -> student_writing
- else: -> teamster_errands
}

= mexican_courts
# scene: street
# time: day
# ambience: street
Somebody has to ask after Cornell and Schüssler at police headquarters, in Spanish. You go. # invented
The corridor smells of floor polish and cigarettes; on the benches wait witnesses, petitioners, mothers. # invented
* [Ask the desk sergeant, politely.]
    The sergeant takes your name, the prisoners' names, the name of the house. When he hears the last one he stops writing. # invented
    ~ raise(trust_police, 1)
    {ch3_aftermath.mexican_post.found_guero: He knows the Güero, he says, and tells you more quietly that they are well treated and will be questioned as long as is necessary.|He tells you they are being well treated and will be questioned as long as is necessary. That is all.} # invented
* [Ask for a lawyer to be let in.]
    You ask whether a lawyer may see them. The sergeant says that is for the judge. You ask which judge. He says that is for the colonel. # invented
    You leave with nothing, but you have learned the shape of the building, and who answers to whom. # invented
    ~ raise(trust_police, 1)
- On the tram home you read the Communist paper over a man's shoulder. It calls the house a nest of provocateurs and foreign gangsters. # cite: comintern
{ch3_aftermath.mexican_post.bought_paper:
    It is the same paper you bought in the plaza. You know the page. # invented
}
* [Tell the man it is false.]
    {ch3_aftermath.mexican_post.argued_vendor: You tell the man it is false, as you told the vendor. He turns the page.|You tell the man it is false. He turns the page.} # invented
* [Let it go.]
    You look out of the window at the jacarandas instead. There will be more of this. There is no end of paper. # invented
- Cornell and Schüssler come home about 1 June, after the Old Man's protests, grey with lack of sleep. They had not confessed to anything, because there was nothing to confess. # cite: pat
{ch3_aftermath.mexican_post.thought_of_chucho: That Sunday, the Sunday you promised yourself, Chucho is on the roof at home, flying a newspaper kite.|That Sunday Chucho is on the roof at home, flying a newspaper kite.} # invented
* [Ask him straight out.]
    You ask him if he believes it, the self-attack. He says everybody says so. You ask him again. He says you were there and he was not, and he does not know what to think. # invented
    It is more than you expected. You help him with the kite string and say nothing else. # invented
* [Talk about anything else.]
    You talk about football and your mother's bad knee and the price of beans, and do not mention the paper. It is cowardly, or kind. You are not sure which. # invented
    ~ letters_home++
- -> break_in_case

= student_writing
# scene: library
# time: day
# ambience: house
# sfx: typewriter
In the first days of June the Old Man writes a long article. It is called "Stalin Seeks My Death". # cite: lt_ssmd
He goes through the night of the raid minute by minute: the shooting that woke him, Natalia pushing him down into the space between the bed and the wall, the boy's cry from the next room. # cite: lt_ssmd
"The explosions were too close, right here within the room," he writes of that first moment. # class: quote # cite: lt_ssmd
Then he sets out, point by point, why the attack could only come from the GPU, and why a self-attack makes no sense. # cite: lt_ssmd
* [Help check the English.]
    You sit beside the typist and read the English draft against your memory of that night. Everything he writes matches what you heard. Nothing is dressed up. # invented
    ~ raise(trust_lt, 1)
* [Read it alone in the library.]
    You take a carbon into the corner of the library and read it twice. The second time you notice how much of it is about Bob, and how careful the Old Man is, never saying more than he knows. # invented
    ~ known += k_harte_past
- He writes it for the public and for the police: an argument meant to turn the inquiry away from the house and toward the men who really came. # cite: lt_ssmd
A letter comes from the youth comrades in New York: is it true, what the Daily Worker says about Bob, and about the house? # invented
* [Answer it yourself, at length.]
    You answer in six pages: everything you saw and heard, and nothing you did not. You post it yourself and feel, for the first time in a week, slightly less useless. # invented
    ~ letters_home++
* [Send them a carbon of the article.]
    You send them a carbon of the Old Man's article with a note: read this; it is exactly true. It is easier than finding your own words, and you are a little ashamed of how much easier. # invented
    ~ known += k_comintern_press
-
In the evening, in the guardroom, you try to remember everything Bob ever said. # invented
* [Remember the door.]
    Years later Seva would remember that the Old Man had once scolded Bob, soon after he came, for leaving the street door open. It is one witness's memory, and no more. # cite: ev
    ~ known += k_harte_past
    You remember Bob laughing about a scolding once, and you cannot now remember what it was for. # invented
* [Remember his politics.]
    Bob had argued with you about the minority and the majority over the Soviet Union, and he had been firmly with the Old Man. Or that is how you remember it. # invented
* [Remember his kindness.]
    You remember him carrying a sack of feed for the hens without being asked, and getting the rabbits' names wrong on purpose to make Seva laugh. # invented
    ~ raise(trust_seva, 1)
- You write it all down on a sheet of paper and put it in your own trunk, in case anybody ever asks. Nobody does. # invented
-> break_in_case

= teamster_errands
# scene: market
# time: day
# ambience: market
With no car in the garage, the errands go by tram and on foot: glass for the windows, medicine for Seva's foot, {ch3_aftermath.teamster_cars.crumpled: the milk, and no newspapers.|the newspapers, the milk.} # invented
You walk down to the market in Coyoacán with a list in your pocket and your pistol under your jacket, and feel watched the whole way. # invented
* [Take the long way round the plaza.]
    You take the long way round the plaza and stop twice at shop windows to look behind you in the glass, as the strike captains taught you in 1934. # invented
    Nobody is following you. Or somebody is very good at it. # invented
* [Go straight and fast.]
    You go straight there and straight back. The quicker you are, the sooner there is a pair of hands back on the wall. # invented
    ~ raise(trust_guards, 1)
- At the glazier's the man asks what the glass is for. You tell him a house on Avenida Viena. He knows which house. He charges you the full price and throws in the putty. # invented
On the way back a man in a good hat falls into step beside you and asks, friendly as a neighbour, whether it is true the Russian never leaves the house now. # invented
* [Tell him to ask the Russian.]
    "Ask him yourself," you say, and stop walking. He laughs, touches the brim of the good hat and crosses the road. You learn the hat, the shoes and the walk by heart. You never see him again, or never know that you do. # invented
* [Walk him to the policeman on the corner.]
    You say nothing and walk straight to the policeman on the corner of the plaza. When you turn round to point him out, the man in the good hat is gone. The policeman writes down the hat. # invented
    ~ raise(trust_police, 1)
-
When the household car that was found is brought home, you spend an afternoon under it. # invented
* [Clean the mud out of the works.]
    You scrape a bucket of red mud out from under the wings and get the engine turning again. It coughs, catches, and settles. # sfx: car_engine # invented
    ~ raise(trust_guards, 1)
* [Write home about it.]
    Brothers: the car is running again and nobody else is, not properly. You cross that out, because it will be read aloud at a meeting, and write instead that the house needs money for a steel door. # class: letter # invented
    ~ letters_home++
- Evening, and the guards argue in the guardroom over whether to ask the Old Man for more men, more money, a real door. Everybody agrees. Nobody knows where it is to come from. # invented
Then the argument turns, as guardroom arguments do, to discipline: who sleeps when, who checks the door, whether a volunteer can be ordered about like a soldier. # invented
* [Say the house needs a captain and a rota on the wall.]
    {house ? night_rota: You take out the list you wrote on a grocery bill in May and read it aloud: somebody writes the rota, everybody signs it, nobody changes a shift without telling the man in charge.|You say what you learned in the strike: a picket line without a dispatcher is a crowd. Somebody writes the rota, everybody signs it, and nobody changes a shift without telling the man in charge.} # invented
    A couple of the others nod. Somebody says they have been saying the same since April. # invented
    ~ house += night_rota
    ~ raise(trust_guards, 1)
* [Say volunteers are not soldiers.]
    You say that people who came here for nothing cannot be drilled like recruits. They came because they believe; that has to be enough. # invented
    Nobody answers that. It was enough, you think, until four in the morning on the twenty-fourth. # invented
- You go out to check the garage door before you turn in, and then, because you cannot help it, you check it again. # invented
-> break_in_case

= break_in_case
# scene: guardroom
# time: day
# ambience: house
Early June. The inquiry turns. # cite: ss
{classroom_cut:
    The police trace the raiders' uniforms. The trail leads to a farmhouse at Santa Rosa, out on the Desierto de los Leones road, and to the painter David Alfaro Siqueiros, who led the raiders. Siqueiros has gone into hiding. # cite: ss
- else:
    The police trace the uniforms. The man who obtained them, Luis Mateo Martínez, names a member of the Communist Party, David Serrano Andonegui. # cite: ss
    From Serrano the trail leads to other men, and from one of them, Mariano Herrera Vázquez, to a farmhouse at Santa Rosa, out on the road to the Desierto de los Leones, rented by the Arenal brothers. # cite: ss
    The Arenals are brothers-in-law of the painter David Alfaro Siqueiros, who led the raiders. Siqueiros has gone into hiding. # cite: ss
}
{not classroom_cut:
    Members of the Communist Party are arrested, more than twenty in all. # cite: ss
}
The colonel no longer speaks of a self-attack. # cite: ss
{ch3_aftermath.watched_colonel:
    You remember him crouched by the bedroom door on the first morning, asking who had keys to the garage. # invented
}
In the house nobody needs the colonel to say who sent them. The Old Man has said it since the first morning: the order came from Stalin, the GPU planned it, and Mexican Communists carried it out. # cite: lt_ssmd
{known ? k_harte_past: You think of what you have learned about Bob and the door: behind a famous painter there must be a professional, someone whom Bob knew. Who, nobody inside the walls can say.|The guards add a guess of their own: behind a famous painter there must be a professional, someone who knew the house, and whom Bob knew. Who, nobody inside the walls can say.} # invented
{classroom_cut: -> santa_rosa}
* [Ask whether this means Bob is alive.]
    You ask one of the older guards whether the farmhouse means Bob is alive. He says it means the police are finally looking in the right direction. That is not the same thing. # invented
* [Ask whether they will catch Siqueiros.]
    You ask whether they will catch Siqueiros. Nobody knows. He is a famous man with many friends, and Mexico is a large country. # invented
    He will be caught in October, in Jalisco. You cannot know that. # cite: sa
- Half the house hopes. The other half has stopped saying anything at all. # invented
-> santa_rosa

= santa_rosa
# scene: guardroom
# time: dusk
# music: grief
# ambience: rain
Tuesday, 25 June 1940. # cite: rou
The police dig in the farmhouse at Santa Rosa, a ranch called Tlaninilalpa, some twenty-two kilometres out on the Desierto de los Leones road. # cite: ss
Under the earth floor of the kitchen they find Bob Harte. He had been killed, shot, and buried in quicklime. # record: harte_found_1940_06_25 # cite: rou
Men from the house go out to identify him. # cite: ss
{not classroom_cut:
    Nobody who comes back says very much about it, then or later. # invented
}
{not classroom_cut:
    That night the Old Man sends a telegram of condolence to Bob's parents in New York, signed by the household: Joe Hansen, Harold Robins, Charles Cornell, Jake Cooper, Otto Schüssler, Walter O'Rourke. # cite: rou
}
* [Go and stand by his cot.]
    {ch3_aftermath.student_room.kept_copy: You stand by his cot with your print of the April snapshot, Bob laughing on the roof, and do not know what to do with your hands.|{ch3_aftermath.student_room.left_alone: You stand by his cot, his things still as you left them, and do not know what to do with your hands.|You stand by his cot, which nobody has slept in for a month, and do not know what to do with your hands.}} # invented
* [Go to the garage where he kept watch.]
    {ch3_aftermath.chase: You stand in the garage, where you wanted a car to go and find him. The barred door looks like any door.|You stand in the garage where he kept watch. The barred door looks like any door.} # invented
* [Go to the hutches with Seva.]
    Seva is feeding the rabbits. You do it with him, one handful at a time, and neither of you says Bob's name. # invented
    ~ raise(trust_seva, 1)
- The next days, the house divides quietly over one question: who was Bob Harte? # invented
-> harte_view

= harte_view
# scene: library
# time: day
# music: none
# ambience: house
The Old Man's answer is firm. If Bob had been a GPU agent, he says, he could have killed Trotsky himself on any night, without twenty men. His body in the lime refutes the slanders. # cite: rou
{not classroom_cut:
    "The corpse of Bob Sheldon Harte is a tragic refutation of all the slanders," the household would say in print. # class: quote # cite: rou
}
{not classroom_cut:
    Later a plaque will go up in the house: "In Memory of Robert Sheldon Harte, 1915–1940, Murdered by Stalin." # cite: rou
}
The question did not close in 1940. Decades later, the historians Andrew and Mitrokhin, working from KGB files, wrote that Bob opened the door to a man he knew, Felipe, without knowing what was planned; that he was shocked by the shooting, especially at the child; and that he was killed so that he could not talk. # class: note # cite: mit
Patenaude follows Soviet sources that Felipe was known to Bob. Esteban Volkov, Seva grown old, said the same: that Bob opened the door. # class: note # cite: ev
Other accounts, from a 1954 statement attributed to the NKVD officer Eitingon and repeated by later writers, call Bob an NKVD agent who was killed when he had second thoughts. The family of Bob Harte, writing in 2020, paints a more uncertain, human picture. # class: note # cite: wsws # cite: lq
No one has settled it. # class: note # cite: lq
What do you believe about Bob?
* [He was a victim: kidnapped, and murdered for what he saw.]
    You believe the Old Man. Bob was a guard who was overpowered and taken and killed. He was your friend, and that is the end of it. # view: harte_victim # invented
* [He was deceived: he opened the door to a face he trusted.]
    You believe Bob opened the door because someone he knew asked him to, and never imagined what would follow. That was his mistake, and it killed him. # view: harte_deceived # invented
* (thought_agent) [He was an agent: recruited, then killed when he wavered.]
    You believe the worst: that he was working for them all along, and they killed him when he wavered. It is a cold thought to have about someone who slept across the room from you. # view: harte_agent # invented
* [You do not know, and will not pretend to.]
    You do not know. You are not sure anyone ever will. You decide to hold the question open rather than fill it with what you would like to be true. # view: harte_unsure # invented
- Whatever you think, Bob Harte is dead, and the house has to go on being guarded. # invented
{classroom_cut: -> packed}
{ch3_aftermath.student_room.read_letters: His things are to be packed and sent home to New York, with the letters the police brought back.|His things are to be packed and sent home to New York.} # invented
* [Pack them yourself.]
    You pack them yourself: the books, the shaving things, the letters from home still in their envelopes. You keep back nothing, not even the things you would like to keep. # invented
    ~ raise(trust_guards, 1)
* [Tell your own people.]
    {role == mexican: You go home for an hour and tell your mother that the American boy from the garage door is dead. She lights a candle for him in front of the Virgin without asking whether he would have wanted one.|You write home, four lines: a friend of yours has been killed here, you are staying, nobody is to worry. You read it over twice and post it before you can add a fifth.} # invented
    ~ letters_home++
- (packed)
{thought_agent: The Old Man writes that night, as he writes every night. You lie awake with the cold thought you chose. On the patio the workmen's first loads of steel and brick are already waiting.|{letters_home >= 3: The Old Man writes that night, as he writes every night; so, now, do you. On the patio the workmen's first loads of steel and brick are already waiting.|The Old Man writes that night, as he writes every night. On the patio the workmen's first loads of steel and brick are already waiting.}} # invented # pause
-> ch4_fortress
