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
The Cruz Verde, the Green Cross, is the city's central emergency hospital. Its director is Dr Rubén Leñero. # cite: ss
The corridor fills with people who have nowhere else to be: guards, comrades, reporters, policemen. Someone has found a bench, and nobody sits on it. # invented
A nurse shaves his head before the operation. He jokes that they have found a barber at last. # cite: pat
He asks Hansen for his notebook and dictates to him. Hansen would tell Natalia afterwards that it had been about French statistics. # cite: pat
What was published as his last message said that he was sure of the victory of the Fourth International, and ended: "Go forward!" The wording varies from one account to the next, and Natalia was not shown the notebook. # class: quote # cite: sa
When the nurses begin to undress him, he tells Natalia he does not want them to do it; he wants her to. They kiss. These are the last words between them. # cite: pat
At about half past seven he loses consciousness. # cite: pat
Mexican surgeons operate that night; Deutscher counts five of them. # cite: deu
The man who struck him is in the same hospital, under guard. # cite: sa
{
- role == teamster: -> teamster_night
- role == student: -> student_night
- else: -> mexican_night
}

// ---------- The Teamster: the cars and the road ----------
= teamster_night
Somebody has to keep the cars moving between Coyoacán and the hospital, and you are the one with the keys. # invented
You have driven the Old Man out into the country after cactus, and brought him home at dusk with his boots full of dust. Tonight you drive empty, back and forth, and the road seems twice as long. # invented
- (t_night)
* {t_night < 3} [Drive back to the house for blankets and coffee.]
    # scene: street
    # sfx: car_engine
    The road to Coyoacán at midnight is empty except for a milk cart and a drunk who salutes you. The house is lit like a ship. The tower challenges you, and you give your name as if they might not know it. # invented
    # scene: gate
    # sfx: steel_door
    You load the back seat with blankets, a thermos, a box of bread. The rabbits are asleep. # invented
    -> t_night
* {t_night < 3} [Sit in the Ford outside and keep the engine warm.]
    You sit with the window down and listen to the city. Every ambulance that comes in, you look up. None of them is anything to do with you. # invented
    Jake Cooper comes out once to smoke. Neither of you mentions Minneapolis, or the strikes, or anything at all. # invented
    ~ raise(trust_guards, 1)
    -> t_night
* {t_night < 3} [Write to your mother on the back of a hospital form.]
    ~ letters_home++
    Ma, he is still alive as I write this. I wanted you to hear it from me and not the papers. Don't come. There is nothing anybody can do now but wait. # class: letter # invented
    You fold it into your shirt pocket. You do not post it for three days. # invented
    -> t_night
+ [Go back inside.]
    -> vigil

// ---------- The Student: telegrams and Sylvia ----------
= student_night
# ambience: house
In a side room somebody has set up a typewriter on a trolley, and the telegrams begin: to New York, to Paris, to comrades who will not believe it until they read it twice. # invented
- (s_night)
* {s_night < 3} [Type the telegrams to New York.]
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
    -> vigil

// ---------- The Mexican comrade: the police and the prisoner ----------
= mexican_night
# scene: street
# ambience: street
Outside the hospital the street is full. The night editions are already out, and the newsboys are shouting his name, and the wrong name of the man who struck him. # invented
- (m_night)
* {m_night < 3} [Give your statement to the secret police.]
    # scene: hospital
    # ambience: hospital
    Colonel Leandro Sánchez Salazar, the head of the secret service who led the inquiry into the May raid, has taken charge again. He begins questioning the prisoner the same night. # cite: ss
    You wait in a corridor with your hat in your hands for two hours to say what you saw: a car, a coat, a cry. A clerk writes it all down and has you sign every page. # invented
    ~ raise(trust_police, 1)
    -> m_night
* {m_night < 3} [Listen to what the crowd is saying.]
    Not everyone outside is a friend. You hear a man say the old Russian brought it on himself; you hear a woman tell him to shut his mouth. Mostly you hear people asking each other whether he is dead yet. # invented
    ~ known += k_comintern_press
    -> m_night
* {m_night < 3} [Go home and tell your mother before she hears it in the street.]
    # ambience: house
    She is awake already. She heard it at the bakery. She holds your face in both hands as if checking that it is still there, and does not say that she told you so. # invented
    ~ letters_home++
    -> m_night
+ [Stay by the hospital door.]
    -> vigil

// ---------- 21 August: the vigil, shared ----------
= vigil
# scene: hospital
# ambience: hospital
# time: day
Wednesday, 21 August 1940 # class: title
All day he lies unconscious after the operation. Natalia stays by him. # cite: deu
The guards take turns at the door of the room, two at a time, and go out into the sun when they are relieved, and come back. # invented
The morning papers are passed from hand to hand along the corridor and put down again half-read. Every one of them has a different story about the man in the other room: a Belgian, a Canadian, a Frenchman, a jealous husband, a disappointed disciple. You stop reading them. # invented
On the bench by the window somebody has left a bag of oranges, and by noon they are gone, one by one, eaten by people who did not notice they were hungry. # invented
Nobody here needs to be told who sent him. He said it himself, in the ambulance: most likely the GPU. # cite: pat
{
- role == mexican:
    In the hallway you pass the room where the prisoner is kept. Sánchez Salazar will question him for five days and nights, and the police file will run to a hundred and forty-four pages. # cite: ss
    Dr Leñero, you hear, is afraid the man will be poisoned in his hospital, and wants him gone. Soon he will be moved to an armoured cell at police headquarters. # cite: ss
    The man calls himself Jacques Mornard Vandendreschd, a Belgian, son of a diplomat. At the end of the month the Belgian chargé d'affaires will talk with him and conclude he is no Belgian at all. # cite: ss
- role == student:
    You sit with a newspaper you do not read. Someone says Hansen is already writing down everything he remembers, while he still remembers it exactly. # invented
    In October he will publish it: "With Trotsky to the End". # cite: han40
- else:
    You drive Seva's schoolbooks and a change of clothes down from the house for whoever needs them, and then drive them back again, because nobody does. # invented
}
- (waiting)
* {waiting < 3} [Take your turn at the door of the room.]
    # scene: hospital
    # ambience: hospital
    You stand with your back to the wall and your hands behind you. Doctors go in and come out. Their faces tell you nothing, which tells you everything. # invented
    ~ raise(trust_guards, 1)
    -> waiting
* {waiting < 3} [Go out for air.]
    # scene: street
    # ambience: street
    A tram goes past. A boy sells lottery tickets. A woman with a basket of flowers asks if they are for the Russian, and when you say you don't know, she leaves you one anyway. # invented
    -> waiting
* {waiting < 3} [Sit beside Natalia for a while, if she will have you.]
    # scene: hospital
    # ambience: hospital
    She does not look up, but she moves her bag from the chair beside her so that you can sit. You stay a quarter of an hour. Neither of you speaks. # invented
    ~ raise(trust_natalia, 1)
    -> waiting
+ [Wait where you are.]
    -> death

= death
# scene: hospital
# ambience: hospital
# time: dusk
# music: grief
At about twenty-five past seven in the evening of Wednesday 21 August, Leon Trotsky dies. He was sixty years old. # record: death_1940_08_21 # cite: neuro
The hour is told a little differently. Newspaper wires gave 7:25. # cite: sf_examiner_1940
The party's own paper gave 7:30, twenty-six hours after the blow. # cite: sa
A modern medical study counts about twenty-five. # cite: neuro
He never woke after the operation. # cite: neuro
The news comes out of the room without anyone saying it. # invented
* [Stay in the corridor.]
    You stay where you are. Someone starts to cry, and then stops, and then starts again. You do not look to see who it is. # invented
* [Go out into the street.]
    # scene: street
    # ambience: crowd
    Outside, the crowd has already heard. It goes quiet from the front to the back, like a field when the wind stops. # invented
* [Find the other guards.]
    You find them in the stairwell, all of them together for the first time since May. Nobody says anything for a long while. Then somebody says you should all go back to the house, because it is still a house, and still has people in it. # invented
    ~ raise(trust_guards, 1)
- -> night_after

= night_after
# scene: gate
# time: night
# ambience: night
That night at Avenida Viena the towers are manned and the lights burn along the walls, because nobody can think what else to do. # invented
Nobody goes into the study. Through the open door you can see the long table with its books and manuscripts, the big map of Mexico on the wall, the dictating machine. # cite: time
Somewhere on that desk are the bullets he kept from the night of the May raid, as souvenirs. # cite: pat
For three months they were a joke the house could share: the night they missed. # invented
In the dining room someone has laid the table for supper out of habit, and nobody clears it, and nobody sits down. # invented
You think of all the arguments this summer about searches and doors and who should be alone with whom, and of how simple it looked from the tower: two men for every entry. It had never been the door. It had been the trust, and there was no steel for that. # invented
{
- role == teamster:
    You put the Ford away, and then take it out again, and put it away again. In the end you sit in the garage with the door shut. # invented
- role == student:
    You go into the library. The papers for the court lie on the table where they were left. You square the stack, and then you leave it alone. # invented
- else:
    You walk home past the river bed. The police at the hut stand in a row and take their caps off as you pass, as if you were the family. # invented
}
* [Go up into the tower for the night.]
    # scene: tower
    You take the night watch without being asked. Nothing moves in the road. There is, after all, nothing left here that anyone needs to kill. # invented
* [Sit a while with Seva.]
    Seva is awake. You do not talk about his grandfather. He asks whether the rabbits have been fed, and you say yes, and he says good, and that is the whole conversation. # invented
    ~ raise(trust_seva, 1)
- -> procession

// ---------- 22 August: the procession, shared ----------
= procession
# scene: procession
# time: day
# ambience: crowd
# music: grief
Thursday, 22 August 1940 # class: title
The coffin leaves the Alcázar funeral parlour and goes through the city: down the main avenues and through the working-class districts, slowly, with people walking behind it. # record: funeral_1940_08_22 # cite: deu
How many walked or stood to watch is disputed. The museum at the house gives about 250,000. # cite: museum_site
Later accounts give about 300,000. # cite: crowd_300k
The United States has refused a visa for his body to be taken there. # cite: deu
{
- role == teamster:
    You walk near the back with the other guards. Your feet know how to march from Minneapolis, and it shames you a little how easily they fall into step. # invented
- role == student:
    You walk with a notebook in your pocket you will not open. You are trying to remember every face, as if somebody will ask you later to account for them. # invented
- else:
    Your mother is at a corner of the route with women from your street. She does not wave. She makes the sign of the cross as the coffin passes, and then, because you are behind it, she makes it again. # invented
}
- (route)
* {route < 3} [Watch the faces along the route.]
    Workers in their overalls, women holding up children, students, men with their hats against their chests. Many of them, you think, have never read a word he wrote. They have come anyway. # invented
    -> route
* {route < 3} [Listen to the singing.]
    Somewhere ahead someone starts the Internationale, and it runs back along the procession in pieces, in Spanish and in other languages, never quite together. # invented
    -> route
* {route < 3} [Look for the other guards in the crowd.]
    You find them by their walk: men who have not slept, keeping their eyes on the roofs out of habit. There is nobody left on the roofs to protect. You look anyway. # invented
    ~ raise(trust_guards, 1)
    -> route
+ [Walk on without looking up.]
    -> what_follows

= what_follows
# scene: street
# ambience: street
The body lay in state before it was cremated. When the cremation took place is itself unclear: the marker at the house suggests the same day, other accounts a few days later. # cite: museum_site
Natalia will keep the ashes at the house. Later they will be set in the garden, in a tall stone designed by Juan O'Gorman that bears the red flag and the hammer and sickle. # cite: museum_site
{
- role == mexican: -> mexican_court
- role == student: -> student_close
- else: -> teamster_close
}

= mexican_court
# scene: street
The summons comes for you that afternoon: the court at Coyoacán wants the statements of everyone who was at the house. # invented
The case will go before Judge Raúl Carrancá y Trujillo. # cite: ss
* [Go, and tell it exactly as it happened.]
    You sit on a wooden bench in a room that smells of ink and floor polish, and tell it exactly: the car, the coat, the cry, the order not to kill. A clerk types it. You sign. It is the only thing left you can do for him, and you do it as carefully as you have ever done anything. # invented
    ~ raise(trust_police, 1)
* [Go, and ask to see the prisoner.]
    They laugh at you, not unkindly. The prisoner is for Sánchez Salazar. He is questioning the man night and day, and the man sticks to the story in his letter: a disillusioned follower, whom the Old Man wanted to send to Russia to do sabotage. # cite: ss
    It will be years before anyone proves who he really is. # cite: con
    ~ known += k_jacson_story
- You walk home through Coyoacán in the dusk. The papers on the stands are already arguing about who sent him. # invented
-> ending

= student_close
# scene: library
# ambience: house
Back at the house, the library is full of people who do not know where else to go. # invented
* [Start an index of everything the police have taken.]
    You make lists because lists are what you are good at: the papers, the pistol, the coat, the article. Somebody will need them for the trial. # invented
    The trial will be slow. The court will not give its verdict until April 1943. # cite: rourke_1943
* [Sit in the doorway of the study, and do not go in.]
    The study door is shut. You sit on the step outside, where you sat with a cup of coffee on other afternoons, and you think about Bob, and about the Old Man, and about the list of the dead that his own family had become. # invented
    ~ known += k_harte_past
- -> ending

= teamster_close
# scene: gate
# ambience: garden
Back at the house there are the animals to feed, whatever else has happened. # invented
* [Feed the rabbits.]
    # scene: patio
    Nineteen hutches. You do it the way you have watched him do it: slowly, talking to them a little. You feel a fool, and you finish anyway. # invented
    ~ raise(trust_seva, 1)
* [Wash down the Ford and put it away.]
    You wash the dust of three days off the car, and the mud of the road to the hospital, and then there is nothing more to wash. # invented
- -> ending

= ending
{letters_home > 0:
    You have written home before; tonight you cannot. You sit with the pen over the paper until the lamp needs oil. # invented # scene: gate # time: night # ambience: night # music: grief
- else:
    You have never written home about any of this. Tonight you try, and get as far as the date. # invented # scene: gate # time: night # ambience: night # music: grief
}
The towers are still manned. The lights along the walls come on at dusk, as they were built to, over a house that has nobody left to lose. # invented # pause
-> epilogue
