// Chapter 7: 20–22 August 1940 (record.md §1.4, §1.5, §5.6, §6).
// Every path passes `# record: death_1940_08_21` (stitch `death`) and `# record: funeral_1940_08_22`
// (stitch `procession`) once each, in that order. Nothing clinical beyond what the record states plainly.
=== ch7_death
# checkpoint: ch7_death
# scene: hospital
# time: night
# music: grief
# ambience: hospital
The Cruz Verde, 20–22 August 1940 # class: title
-> first_night

= first_night
The Cruz Verde, the Green Cross, is the city's central emergency hospital. # cite: ss
{not classroom_cut:
    Its director is Dr Rubén Leñero. # cite: ss
}
{not classroom_cut:
    Guards, comrades, reporters and policemen fill the corridor. Someone has found a bench, and nobody sits on it. # invented
}
{not classroom_cut:
    A nurse shaves his head before the operation. He jokes that they have found a barber at last. # cite: pat
}
He asks Hansen for his notebook and dictates to him. # cite: pat
What was published as his last message said that he was sure of the victory of the Fourth International, and ended: "Go forward!" # class: quote # cite: sa
When the nurses begin to undress him, he tells Natalia he does not want them to do it; he wants her to. They kiss. # cite: pat
At about half past seven he loses consciousness. # cite: pat
{not classroom_cut:
    Mexican surgeons operate that night; Deutscher counts five of them. # cite: deu
}
The man who struck him is in the same hospital, under guard. # cite: sa
-> two_doors

= two_doors
Two doors matter tonight: the Old Man's, with Natalia inside, and the one at the far end, with a policeman outside it on a kitchen chair. # invented
* (prisoner_door) [Offer to sit outside the prisoner's door as well.]
    The policeman hears you out, and tells you, quite kindly, that the prisoner belongs to Mexico now, and Mexico will keep him alive. It is exactly what the Old Man wanted, and you have to walk away. # invented
    ~ raise(trust_police, 1)
* (natalia_door) [Stay within sight of Natalia's door.]
    You find a place against the wall where she would see you if she came out. She does not come out. Each time a nurse goes in or out, you straighten up as if for inspection. # invented
    ~ raise(trust_natalia, 1)
- {
- classroom_cut: -> house_morning
- role == teamster: -> teamster_night
- role == student: -> student_night
- else: -> mexican_night
}

// ---------- The Teamster: the cars and the road ----------
= teamster_night
Somebody has to keep the cars moving between Coyoacán and the hospital, and you are the one with the keys. # invented
All summer you drove the house's errands: milk, customs, the glazier, the garage in town. Tonight you drive empty, back and forth, and the road seems twice as long. # invented
- (t_night)
* (t_blankets) {t_night < 3} [Drive back to the house for blankets and coffee.]
    # scene: street
    # sfx: car_engine
    The road to Coyoacán at midnight is empty except for a milk cart and a drunk who salutes you. The house is lit like a ship. The tower challenges you, and you give your name as if they might not know it. # invented
    # scene: gate
    # sfx: steel_door
    You load the back seat with blankets, a thermos, a box of bread. The rabbits are asleep. # invented
    -> t_night
* (t_ford) {t_night < 3} [Sit in the Ford outside and keep the engine warm.]
    You sit with the window down and listen to the city. Every ambulance that comes in, you look up. None of them is anything to do with you. # invented
    One of the other guards comes out once to smoke. Neither of you mentions Minneapolis, or the strikes, or anything at all. # invented
    ~ raise(trust_guards, 1)
    -> t_night
* {t_night < 3} [Write to your mother on the back of a hospital form.]
    ~ letters_home++
    Ma, he is still alive as I write this. I wanted you to hear it from me and not the papers. Don't come. There is nothing anybody can do now but wait. # class: letter # invented
    You fold it into your shirt pocket. You do not post it for three days. # invented
    -> t_night
+ [Go back inside.]
    -> house_morning

// ---------- The Student: telegrams and Sylvia ----------
= student_night
# ambience: house
In a side room somebody has set up a typewriter on a trolley, and the telegrams begin: to New York, to Paris, to comrades who will not believe it until they read it twice. # invented
- (s_night)
* (s_telegrams) {s_night < 3} [Type the telegrams to New York.]
    # sfx: typewriter
    You type the same few sentences over and over. STRUCK DOWN. OPERATED. CONDITION GRAVE. By the tenth copy the words have stopped meaning anything, which is a mercy. # invented
    -> s_night
* {s_night < 3} [Ask what has happened to Sylvia.]
    Sylvia Ageloff was not at the house. The police have taken her in for questioning, and later they will let her go. # cite: pat
    Most historians think she never knew what the man she loved really was. # cite: con
    A few partisan writers have argued that she did; mainstream historians have not followed them. # cite: wsws
    You remember her typing in the library in the winter. You cannot make the two pictures fit. # invented
    ~ known += k_sylvia
    -> s_night
* {s_night < 3} [Write to Miriam.]
    ~ letters_home++
    Miriam, they operated tonight. I keep thinking of Bob. He would have known what to say to the reporters. I have said nothing to anyone. Tell the others to wait for word from us and not from the papers. # class: letter # invented
    -> s_night
+ [Go back to the corridor.]
    -> house_morning

// ---------- The Mexican comrade: the police and the prisoner ----------
= mexican_night
# scene: street
# ambience: street
Outside, the street is full. The night editions are out, and newsboys shout his name, and the wrong name of the man who struck him. # invented
- (m_night)
* (m_statement) {m_night < 3} [Give your statement to the secret police.]
    # scene: hospital
    # ambience: hospital
    Colonel Leandro Sánchez Salazar, the head of the secret service who led the inquiry into the May raid, has taken charge again. He begins questioning the prisoner the same night. # cite: ss
    You wait two hours with your hat in your hands to say what you saw: a car, a coat, a cry. A clerk has you sign every page. # invented
    ~ raise(trust_police, 1)
    -> m_night
* {m_night < 3} [Listen to what the crowd is saying.]
    Not everyone outside is a friend. A man says the old Russian brought it on himself; a woman tells him to shut his mouth. Mostly people ask each other whether he is dead yet. # invented
    ~ known += k_comintern_press
    -> m_night
* {m_night < 3} [Go home and tell your mother before she hears it in the street.]
    # ambience: house
    She is awake already; she heard it at the bakery. She holds your face in both hands, and does not say that she told you so. # invented
    ~ letters_home++
    -> m_night
+ [Stay by the hospital door.]
    -> house_morning

// ---------- 21 August: the house without him, shared ----------
= house_morning
# scene: patio
# time: dawn
# ambience: garden
Wednesday, 21 August 1940 # class: title
{classroom_cut: -> police_study}
At first light somebody has to go back to Avenida Viena: you. The house looks smaller. # invented
Hank Schnautz, who came in July, is on guard that day; his journal records it. # cite: sch
Every morning the Old Man fed the rabbits and the hens himself, before he sat down to work. # cite: sch
This morning the rabbits crowd to the wire at the sound of feet, and the feet are yours. # invented
* (fed_alone) [Feed them yourself, hutch by hutch, and then the hens.]
    You go down the row slowly, the way you saw it done, then across to the hens, who do not care who brings breakfast. It is the first hour since yesterday in which you have known exactly what to do. # invented
* (seva_helped) [Find Seva and ask him to help.]
    Seva is sitting on the step in his school clothes, though nobody has said a word about school. When you tell him the rabbits are waiting he gets up at once, glad of something to carry. You do the hutches together without a word. # invented
    ~ raise(trust_seva, 1)
- -> police_study

= police_study
# scene: study
# ambience: house
{not classroom_cut:
    Later the police come back to the study with a camera and a tape measure. # invented
}
They carry away what the man brought with him: a pistol, a long dagger, and the ice axe with its handle cut short. The police will keep the axe as evidence. # cite: axe
In his pocket, they say, he had a letter typed in French, in which he calls himself a follower of the Old Man who has lost his faith. # cite: ss
{house ? visitor_log: A detective leafs through the tower's visitor book, finds the man's name in it again and again, and wants to know how such a man came to be let in at all.|A detective wants to know how such a man came to be let in at all.} # invented
* (told_detective) [Tell him plainly: friends of the house came in unsearched.]
    As Hansen would later tell it, the Old Man would not have his friends treated as suspects, however often he was asked. # cite: han40
    {proposals_refused > 0: You asked for searches yourself, and were refused; you say that too, slowly, so that he can write it.|You say all this slowly, so that he can write it.} When he reads it back to you, in his flat official Spanish, it sounds like a confession. # invented
    ~ raise(trust_police, 1)
* [Say you will answer when someone from the household is present.]
    The detective shrugs and goes to find somebody else. An older comrade tells you afterwards you were right to be careful. # invented
    After the May raid the police had arrested two of the guards and held them for days. # cite: pat
    ~ raise(trust_guards, 1)
- -> vigil

// ---------- 21 August: the vigil, shared ----------
= vigil
# scene: hospital
# ambience: hospital
# time: day
All day he lies unconscious after the operation. Natalia stays by him. # cite: deu
{not classroom_cut:
    The morning papers go from hand to hand, each with its own story of the prisoner: a Belgian, a Canadian, a Frenchman, a jealous husband, a disappointed disciple. {known ? k_comintern_press: You know by now which papers will say what, and you stop reading them.|You stop reading them.} # invented
    {trust_police >= 2: The policeman from the far door leaves a bag of oranges on the bench for you, and by noon they are gone, eaten by people who did not notice they were hungry.|Somebody leaves a bag of oranges on the bench, and by noon they are gone, eaten by people who did not notice they were hungry.} # invented
}
Nobody here needs to be told who sent him. He said it himself to Hansen in the ambulance: the GPU or a fascist, and most likely the GPU. # cite: pat
{
- role == mexican:
    You pass the prisoner's room. Sánchez Salazar will question him for five days and nights; the police file will run to 144 pages. # cite: ss
    {not classroom_cut:
        Dr Leñero fears the man will be poisoned in his hospital, and soon he is moved to an armoured cell at police headquarters. # cite: ss
        The man calls himself Jacques Mornard Vandendreschd, a Belgian, son of a diplomat. At the end of the month the Belgian chargé d'affaires will talk with him and conclude he is no Belgian at all. # cite: ss
    }
- role == student:
    You sit with a newspaper you do not read. Someone says Hansen is already writing down everything he remembers, while he still remembers it exactly. # invented
    In October he will publish it: "With Trotsky to the End". # cite: han40
- else:
    {t_blankets: You drive down Seva's schoolbooks with another load of blankets, and then drive them all back again, because nobody needs them.|You drive Seva's schoolbooks and a change of clothes down from the house for whoever needs them, and then drive them back again, because nobody does.} # invented
}
{classroom_cut: -> natalia_hours}
-> press_corridor

= press_corridor
By the afternoon the reporters have found the bench that nobody would sit on, and they sit on it. # invented
One of them, an American with his hat pushed back, asks you what the Old Man was like. Not what he wrote, he says: what he was like. # invented
* (told_rabbits) [Tell him about the rabbits and the cactus hunts.]
    You tell him about the hutches, the hens, the cactus he dug up on last winter's outings. He writes it all down. You can see him turning the Old Man into a kindly gardener, which is no truer than the monster in the other papers. # invented
* (told_ask) [Tell him to ask who sent the man in custody.]
    He laughs, and then stops laughing. # invented
    Since May the Communist press here has called the raid on the house a fraud the Old Man staged against himself. # cite: comintern
    You wonder aloud what those papers will print now. The reporter writes that down too. # invented
    ~ known += k_comintern_press
* [Say nothing, and point him down the corridor.]
    The household has agreed that one person at a time will speak for it. You point. The reporter thanks you as though you had told him something after all, and goes. # invented
    ~ raise(trust_guards, 1)
- -> natalia_hours

= natalia_hours
{natalia_door: Natalia comes out only when the doctors send her, and her eyes go to the place by the wall where you stood last night.|Natalia comes out only when the doctors send her.} # invented
After the May raid, as Seva would remember it, his grandfather told her each morning that they had been given one more day of life. # cite: ev
Today there is nobody to say it. # invented
* [Bring her tea and leave it on the chair beside her.]
    She does not seem to notice. An hour later the cup is empty, and she lifts her eyes and thanks you, in French. # invented
    ~ raise(trust_natalia, 1)
* [Leave her be. She has enough people around her.]
    You go back to the bench. Later you will wonder whether that was tact or cowardice, and decide it was some of each. # invented
- {
- classroom_cut: -> death
- role == teamster: -> teamster_day
- role == student: -> student_day
- else: -> mexican_day
}

= teamster_day
# scene: street
# ambience: street
Since May the police detail outside the house has been tripled. # cite: han40
This afternoon one of its men is standing by the Ford, out of uniform, hat in hand, on his own time. He asks, in slow Spanish for your sake, whether there is anything he can do. # invented
* [Ask him to stand with you at the hospital door.]
    He does, for an hour, and the crowd on the steps gives way to him without a word. When he leaves he says only that he will light a candle, though the Old Man would have laughed at him for it. # invented
    ~ raise(trust_police, 1)
* (thanked_only) [Thank him, and tell him there is nothing.]
    He nods as though he expected it. You watch him go down the street, a small man in a big hat, and wish you had thought of something for him to carry. # invented
- -> afternoon_wait

= student_day
Last night Joe Hansen took down the Old Man's dictation with his right hand, though it had been broken in the struggle in the study. # cite: pat
You keep thinking of that hand moving across the page, and of how little use any of you were to him after the door had opened. # invented
One question goes round the corridor all day without anyone quite asking it. In October Hansen will put it in print: could it have been prevented? # cite: han40
Now a young comrade from New York asks it out loud, and looks at you, {known ? k_sylvia: because you knew Sylvia.|because you were here.} # invented
* (said_search) [Say that every visitor should have been searched, friend or not.]
    You say it, and nobody answers, because everybody in the corridor knows who refused, and he is lying in the next room. # invented
* [Say that no lock keeps out a man the house has taken in as a friend.]
    He drove the Rosmers to Veracruz in May, you remind them, and he had been a familiar face at the gate since the winter. # cite: pat
    Nobody argues. It is not a comfort, but it is true, and today that will have to do. # invented
    ~ known += k_jacson_story
- -> afternoon_wait

= mexican_day
# scene: street
# ambience: street
You walk home for a clean shirt, along the river bed across from the house, where women wash clothes. # cite: pat
Today the washing waits. The women stop talking when they see you. One asks if it is true that he is already dead. # invented
* (told_alive) [Tell them he is alive, and fighting.]
    An older woman says that then she will pray for him. The others look at her, because everyone knows what the priests say about the old Russian; she says her prayers are her own business. # invented
* [Ask them what the street is saying.]
    A jealous lover did it, they say, a Frenchman, the gringos; one says his own people did it, as the papers said in May. Nobody says Moscow. You do not correct them, and later you are ashamed of that. # invented
    ~ known += k_comintern_press
- -> afternoon_wait

= afternoon_wait
# scene: hospital
# ambience: hospital
- (waiting)
* {waiting < 3} [Take your turn at the door of the room.]
    # scene: hospital
    # ambience: hospital
    You stand with your back to the wall and your hands behind you. Doctors go in and come out. Their faces tell you nothing, which tells you everything. # invented
    ~ raise(trust_guards, 1)
    -> waiting
* (w_air) {waiting < 3} [Go out for air.]
    # scene: street
    # ambience: street
    A tram goes past. A boy sells lottery tickets. A woman with a basket of flowers asks if they are for the Russian, and when you say you don't know, she leaves you one anyway. # invented
    -> waiting
* {waiting < 3} [Telephone the house to ask after Seva.]
    # scene: hospital
    # ambience: hospital
    # sfx: phone_ring
    The line crackles. The guard who answers says Seva has eaten a little and is doing his homework at the dining-room table, as if there will be school tomorrow. Perhaps there will. # invented
    ~ raise(trust_seva, 1)
    -> waiting
+ [Wait where you are.]
    -> death

= death
# scene: hospital
# ambience: hospital
# time: dusk
# music: grief
In the evening of Wednesday 21 August, towards half past seven, Leon Trotsky dies, at sixty, without having woken after the operation. Accounts differ on the minute: see the Record. # record: death_1940_08_21 # cite: neuro # cite: sa
The news comes out of the room without anyone saying it. # invented
* [Stay in the corridor.]
    You stay where you are. Someone starts to cry, and then stops, and then starts again. You do not look to see who it is. # invented
* (d_street) [Go out into the street.]
    # scene: street
    # ambience: crowd
    Outside, the crowd has already heard. It goes quiet from the front to the back, like a field when the wind stops. # invented
* (d_guards) [Find the other guards.]
    You find them in the stairwell, all of them together for the first time since May. Nobody says anything for a long while. Then somebody says you should all go back to the house, because it is still a house, and still has people in it. # invented
    ~ raise(trust_guards, 1)
- -> night_after

= night_after
# scene: gate
# time: night
# ambience: night
{d_guards: That night at Avenida Viena the towers are manned, as you agreed in the stairwell, and the lights burn along the walls.|{d_street: The crowd's silence follows you home. That night at Avenida Viena the towers are manned, because nobody can think what else to do.|That night at Avenida Viena the towers are manned and the lights burn along the walls, because nobody can think what else to do.}} # invented
{not classroom_cut:
    Nobody goes into the study. Through the open door you can see the long table with its books and manuscripts, the big map of Mexico on the wall, the dictating machine. # cite: time
}
{not classroom_cut:
    Somewhere on that desk are the bullets he kept from the night of the May raid, as souvenirs. # cite: pat
}
{not classroom_cut:
    In the dining room someone has laid the table for supper out of habit{w_air:, and the flower woman's flower stands in a glass on it}; nobody clears it, and nobody sits down. # invented
}
You think of the summer's arguments about searches and doors. It had never been the door. It had been the trust, and there was no steel for that. # invented
{
- role == teamster:
    You put the Ford away, and then take it out again, and put it away again. In the end you sit in the garage with the door shut. # invented
- role == student:
    You go into the library. The papers for the court lie on the table where they were left. You square the stack, and then you leave it alone. # invented
- else:
    You walk home past the river bed. The police at the hut stand in a row and take their caps off as you pass, as if you were the family. # invented
}
* (n_tower) [Go up into the tower for the night.]
    # scene: tower
    You take the night watch without being asked. Nothing moves in the road. There is, after all, nothing left here that anyone needs to kill. # invented
* [Sit a while with Seva.]
    {trust_natalia >= 2: Word has come from the hospital that Natalia wants someone he trusts to sit with him, and the others look at you.} {trust_seva >= 2: Seva moves over on the step to make room for you.|Seva is awake.} You do not talk about his grandfather. {fed_alone: He asks whether the rabbits have been fed, and you say yes,|He says the rabbits ate well this morning, and you say yes,} and he says good, and that is the whole conversation. # invented
    ~ raise(trust_seva, 1)
- -> roof_wire

= roof_wire
# scene: tower
# time: night
{classroom_cut: -> study_door}
Yesterday, when the visitor came, Hansen, Cornell and Melquíades Benítez were on the roof by the main tower, connecting a siren to the alarm. # cite: han40
Their wire is still up there, coiled where somebody dropped it when the cry came from the study{house ? alarm_tested:, beside the alarm bell you had them test}. # invented
* (r_finished) [Finish the job.]
    You work by flashlight, with the pliers from the garage. When it is done you press the test switch once. The siren winds up over Coyoacán and dies away, and along the road lights come on, and then go out. # invented
    # sfx: siren
    ~ raise(trust_guards, 1)
* [Leave it as they left it.]
    You coil the wire a little more neatly and leave it where it lies. Someone else can finish it another day, for some other reason. # invented
- -> study_door

= study_door
# scene: study
# ambience: house
Before you sleep you pass the study again. The police have finished with it{told_detective:; your statement is somewhere in their folder}. # invented
{not classroom_cut:
    In the years to come Natalia will keep the house as it was, and ask that nothing be touched. # cite: hommage_1962
}
* (door_closed) [Close the door.]
    You close it gently, as though someone inside were working, and stand with your hand flat on the wood for longer than you meant to. # invented
* [Leave it open, and turn off the lamp.]
    You reach in and switch off the lamp on the long table. For a moment the map of Mexico stays on the wall in the light from the dining room; then your eyes give up on it too. # invented
- -> alcazar

// ---------- 22 August: the procession, shared ----------
= alcazar
# scene: street
# time: dawn
# ambience: street
# music: grief
Thursday, 22 August 1940 # class: title
{classroom_cut: -> procession}
In the morning the coffin lies at the Alcázar funeral parlour, where the procession will begin. # cite: deu
{trust_guards >= 3: The guards will stand beside it in turns, and they have put your name on the list without asking.|The guards will stand beside it in turns, as they stood their turns at the gate.} # invented
* [Take a turn beside the coffin.]
    You stand with your hands at your sides while the city files past: a shoeshine boy with his box, two girls in school smocks, an old man with a Spanish Republican badge who salutes with his fist. # invented
    ~ raise(trust_guards, 1)
* [Stand outside and keep the queue moving.]
    The queue goes down the street and round the corner and does not end. Two traffic policemen come over unasked and help you keep it to the pavement. In a gap, one of them lights you a cigarette. # invented
    ~ raise(trust_police, 1)
- -> procession

= procession
# scene: procession
# time: day
# ambience: crowd
# music: grief
The coffin leaves the Alcázar funeral parlour and goes through the city: down the main avenues and through the working-class districts, slowly, with people walking behind it. # record: funeral_1940_08_22 # cite: deu
How many walked behind it or lined the route is disputed. The museum at the house quotes the newspapers of the day: about 250,000. # cite: museum_site
Later accounts give about 300,000. # cite: crowd_300k
The United States has refused a visa for his body to be taken there. # cite: deu
{
- role == teamster:
    You walk near the back with the other guards{thanked_only:, and at a corner the policeman from the Ford takes off his big hat}. Your feet know how to march from Minneapolis, and it shames you a little how easily they fall into step. # invented
- role == student:
    You walk with a notebook in your pocket you will not open. You are trying to remember every face, as if somebody will ask you later to account for them. # invented
- else:
    Your mother is at a corner of the route with {told_alive:the washerwomen from the river bed|women from your street}. She does not wave. As the coffin passes she lowers her eyes, and then, because you are behind it, she raises them and finds you. # invented
}
-> far_away

= far_away
{not classroom_cut:
    He cannot be buried in the country he helped to make, and now he cannot be carried into the one most of his guards came from. # invented
    {told_rabbits: Behind you someone reads aloud from the American reporter's paper: a kindly old gardener, it says, who loved his rabbits. You did that.|{told_ask: Behind you someone reads aloud from the American reporter's paper, which asks who sent the man in custody: your question, in print.|Behind you a man says, to nobody in particular, that the whole world has shut its doors on him, and Mexico alone opened one.}} # invented
}
* [Promise yourself you will write down this day for someone who was not here.]
    You start the letter in your head, walking: the heat, the hats held against chests, the slow wheels. By the time you reach the next corner you have rewritten the first line four times. # invented
    ~ letters_home++
* (fa_eyes) [Keep your eyes on the coffin and let the day be only this.]
    You watch the coffin and nothing else, and the city goes by at the edges of your sight like water past a boat. Later you will find you remember almost nothing of the streets, and everything of the wood. # invented
- {classroom_cut: -> what_follows}
- (route)
* {route < 3} [Watch the faces along the route.]
    Workers in overalls, women holding up children, students, old men. Many of them, you think, have never read a word he wrote. They have come anyway. # invented
    -> route
* {route < 3} [Listen to the singing.]
    Somewhere ahead someone starts the Internationale, and it runs back along the procession in pieces, in Spanish and in other languages, never quite together. # invented
    -> route
* {route < 3} [Look for the other guards in the crowd.]
    You find them by their walk: men who have not slept, eyes on the roofs out of habit. There is nobody left to protect. You look anyway. # invented
    ~ raise(trust_guards, 1)
    -> route
+ [Walk on without looking up.]
    -> what_follows

= what_follows
# scene: street
# ambience: street
{not classroom_cut:
    The body lay in state before it was cremated. When the cremation took place is itself unclear: the marker at the house suggests the same day, other accounts a few days later. # cite: museum_site
}
{not classroom_cut:
    Natalia will keep the ashes at the house. Later they will be set in the garden, in a tall stone designed by Juan O'Gorman that bears the red flag and the hammer and sickle. # cite: museum_site
}
{
- role == mexican: -> mexican_court
- role == student: -> student_close
- else: -> teamster_close
}

= mexican_court
# scene: street
That afternoon a summons comes: the Coyoacán court wants statements from everyone who was at the house. # invented
The case will go before Judge Raúl Carrancá y Trujillo. # cite: ss
* [Go, and tell it exactly as it happened.]
    In a room that smells of ink and floor polish you tell it exactly{m_statement:, as you told the secret police two nights ago}: the car, the coat, the cry, the order not to kill. A clerk types it. You sign. It is the last thing you can do for him, and you do it carefully. # invented
    ~ raise(trust_police, 1)
* [Go, and ask to see the prisoner.]
    They laugh at you, not unkindly. The prisoner is for Sánchez Salazar. He is questioning the man night and day, and the man sticks to the story in his letter: a disillusioned follower, whom the Old Man wanted to send to Russia to do sabotage. # cite: ss
    It will be years before anyone proves who he really is. # cite: con
    ~ known += k_jacson_story
- You walk home through Coyoacán in the dusk. The papers on the stands are already arguing about who sent him. # invented
Your mother has kept supper for you, and watches you not eat it. # invented
* [Tell her all of it, from the Cruz Verde to the court.]
    You talk for an hour. She does not interrupt once. When you finish she says that now it belongs to both of you. # invented
    ~ letters_home++
* (only_over) [Tell her only that it is over.]
    She looks at you for a long moment and asks nothing else. # invented
- -> ending

= student_close
# scene: library
# ambience: house
Back at the house, the library is full of people who do not know where else to go{said_search:, and nobody there will meet your eye about searches}. # invented
* (made_index) [Start an index of everything the police have taken.]
    You make lists because lists are what you are good at: the papers, the pistol, the coat, the article. Somebody will need them for the trial. # invented
    The trial will be slow. The court will not give its verdict until April 1943. # cite: rourke_1943
* [Sit in the doorway of the study, and do not go in.]
    The study door is shut. You sit on the step outside, where you sat with a cup of coffee on other afternoons, and you think about Bob, and about the Old Man, and about the list of the dead that his own family had become. # invented
    ~ known += k_harte_past
- A cable comes from New York in the evening{s_telegrams:, answering the ones you typed}: the comrades want to know who will stay on with Natalia, and who is coming home. # invented
* [Say you will stay as long as she needs guards.]
    You write your name on the list in pencil. There are other names on it already, fewer than you hoped. # invented
    ~ raise(trust_natalia, 1)
* [Say you will go home and tell people what happened here.]
    Somebody has to, you tell yourself: at meetings, in the paper, to anyone who will listen. It sounds like an excuse even to you, and it is also true. # invented
    ~ letters_home++
- -> ending

= teamster_close
# scene: gate
# ambience: garden
Back at the house there are the animals to feed, whatever else has happened. # invented
* [Feed the rabbits.]
    # scene: patio
    Nineteen hutches. You do it the way you have watched him do it: slowly, talking to them a little. You feel a fool, and you finish anyway. # invented
    ~ raise(trust_seva, 1)
* (washed_ford) [Wash down the Ford and put it away.]
    You wash the dust of three days off the car, and the mud of the road to the hospital{t_ford:, and the seat you sat in all that first night}, and then there is nothing more to wash. # invented
- Seva finds you in the garage at dusk and stands in the doorway, not quite coming in. # invented
* (showed_engine) [Show him how the engine works.]
    You lift the bonnet and name the parts for him, one by one, in English and then in the bad Spanish you share. He repeats them back. For a quarter of an hour neither of you thinks about anything else. # invented
    ~ raise(trust_seva, 1)
* [Walk him back to the house; his grandmother will want him near.]
    You walk him across the patio to the lit windows. At the door he says goodnight in Russian, which he has never done with you before, and goes in. # invented
    ~ raise(trust_natalia, 1)
- -> ending

= ending
{letters_home > 0:
    You have written home before; tonight you cannot. You sit with the pen over the paper until the lamp needs oil. # invented # scene: gate # time: night # ambience: night # music: grief
- else:
    You have never written home about any of this. Tonight you try, and get as far as the date. # invented # scene: gate # time: night # ambience: night # music: grief
}
* [Write the date and his name, and leave the rest for another night.]
    It is not a letter. It is a line, and it will have to do until you can write the others. # invented
    ~ letters_home++
* [Go up to the tower and take the watch instead.]
    # scene: tower
    {n_tower: For the second night running you relieve the man on duty.|You relieve the man on duty without a word.} He goes down, and you stand where he stood, looking at a road where nothing moves. # invented
    ~ raise(trust_guards, 1)
- {door_closed: The study door stays shut.|The study lamp stays dark.} {far_away.fa_eyes: You still see the wood of the coffin when you close your eyes.|{mexican_court.only_over or student_close.made_index or teamster_close.washed_ford or teamster_close.showed_engine: Your hands still want something to do.}} {r_finished: The siren you wired waits on the roof.} The towers are still manned. The lights along the walls come on at dusk, as they were built to, over a house that has nobody left to lose. # invented # pause
-> epilogue
