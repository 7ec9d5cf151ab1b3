// The museum kiosk cut: 10–12 minutes, entered directly at `kiosk` (never from `start`), self-contained.
// Every record beat is tagged once, on a line that every path passes, in canonical order. Kiosk knots never
// divert into the full chapters; the only memory used inside the cut is the read counts of its own labels.

=== kiosk
# checkpoint: kiosk
# scene: plan
# time: day
# music: title
# ambience: garden
Coyoacán, on the edge of Mexico City. 1940. # cite: pat
Behind these walls lives Leon Trotsky, once a leader of the Russian Revolution, now an exile whom Stalin's government wants dead. In 1937 Mexico, under President Lázaro Cárdenas, was the one country that agreed to take him in. # cite: pat
With him live his wife, Natalia Sedova, and his grandson Seva, fourteen years old. A handful of young volunteers guard the house, day and night. # cite: pat
Seva came from Paris in August 1939 with two old friends of the family, Alfred and Marguerite Rosmer, who live in the house too. # cite: ev
You are one of the volunteers. Who are you?
* [The Teamster]
    ~ role = teamster
    A truck driver from Minneapolis. You fought the police in the strikes of 1934, and you know engines and guns. # invented
* [The Student]
    ~ role = student
    A college student from New York. You read French, and your friend Bob Harte came down here at the same time as you. # invented
* [The Mexican comrade]
    ~ role = mexican
    A young worker from Coyoacán itself. You speak the language of the street outside, which most of the guards do not. # invented
- -> kiosk_house

=== kiosk_house
# scene: patio
# time: day
# music: house
The house is an old summer villa at the end of a dirt road, beside the mostly dry Churubusco River. Its walls have been raised to about fourteen feet. # cite: pat
There is one way in: the barred wooden door of the garage. Outside, five Mexican policemen keep watch from a small brick hut. # cite: pat
Inside, the days are quiet. Trotsky feeds his rabbits and hens in the morning and dictates for hours in his study. # cite: sch
The guards stand watch in shifts. On the evening shift there is a short break around eleven for milk and rolls. # cite: sch
{
- role == teamster:
    # scene: gate
    You spend your days in the garage, keeping the household's cars running, and the nights on watch. The guards argue about discipline; you think they argue too much and drill too little. # invented
    You service the car that took the Old Man out cactus hunting last winter. The guards say he swung a pick like a man half his age; the plants in the patio, some as heavy as a man, are the proof. # invented
- role == student:
    # scene: library
    You spend your days in the library, where the secretaries type up what the Old Man dictates, in Russian, French and English. Bob Harte has the room next to yours and a laugh you can hear across the patio. # invented
    In the evenings Bob talks about New York and about the revolution as if they were both just around the corner. You write to your parents that you have never been so happy, and you mean it. # invented
- else:
    # scene: street
    You take the errands into town and stop to talk with the policemen in the brick hut. # invented
    Every day La Voz de México, the Communist Party's paper, and El Popular call the Old Man a traitor. # cite: comintern
    At the market the women who sell you eggs ask, half joking, whether it is true that the Russian in the big house keeps a machine gun under his bed. You tell them he keeps rabbits. # invented
}
# scene: guardroom
# time: night
# ambience: night
# music: dread
On the night of 23 May you go to bed in the guards' rooms. Bob Harte has the watch at the garage door from one in the morning. # cite: pat
-> kiosk_raid

=== kiosk_raid
# scene: bedroom
# time: night
# sfx: gunfire
# effect: raid_flashes
At about four in the morning, twenty or more men in police and army uniforms, led by the muralist David Alfaro Siqueiros, tie up the policemen outside and get inside the walls. # record: raid_1940_05_24 # cite: pat
Machine guns open up on the guards' rooms, pinning you down. Others fire into the Trotskys' bedroom from the windows and doorways. # cite: pat
Trotsky, who had taken a sleeping pill, at first thinks he hears fireworks. # cite: lt_ssmd
* [Stay down and keep your head below the window]
    You stay flat on the floor. Plaster dust falls into your hair. You count the bursts and lose count. # invented
* [Try for the alarm switch by the garage door]
    The switch is by the garage door, across the patio. You get no farther than the guardroom doorway before the fire drives you back. Later the guards find that the alarm had been switched off. # pushback: alarm_on_may24 # cite: pat
* [Run out after the raiders]
    You get as far as the door. Shots from the patio drive you back: the raiders are covering their retreat. Harold Robins, who runs up to the roof, is fired on from the street. # pushback: chase_raiders # cite: pat
- # effect: none
# sfx: car_engine
Then engines in the street, and silence. The raiders have driven off in the household's own cars, taking Bob Harte with them. # cite: pat
# time: dawn
# scene: bedroom
In the bedroom, Natalia had pushed her husband into the space between the bed and the wall and lain over him. Both are alive; he has only scratches from flying glass. # cite: lt_ssmd
In the next room an incendiary bomb started a fire. Seva, who threw himself down beside his bed, has a small wound to his foot. # cite: pat
Some seventy bullet holes mark the bedroom walls. # cite: mit
Counts of all the shots fired differ: over two hundred, or over three hundred. # cite: axe # cite: wsws
Trotsky will later write that the worst moment of the night was hearing his grandson cry out in the dark. # cite: pat
Within half an hour Colonel Leandro Sánchez Salazar, head of the secret service, arrives. He is struck by how calm Trotsky is, and at first suspects the attack was staged. # cite: pat
{
- role == teamster:
    With Charles Cornell you find the garage doors open, both cars gone and the alarm switch turned off. It is Cornell who sees Bob's serape, folded neatly on the floor. # cite: pat # invented
- role == student:
    You go from room to room calling Bob's name. His bed is empty. His books are where he left them. # invented
- else:
    You run out to the brick hut. The five policemen are there, their hands tied. # cite: pat # invented
    The youngest asks you, again and again, whether anyone in the house is dead. # invented
}
How did the raiders get in? Most historians now think Harte opened the garage door to a man he knew. The first newspaper reports said they climbed the walls with ladders; another account says the sentry was rushed and overwhelmed. # cite: mit
* [Someone he knew came to the door]
    You think of Bob, alone at the door, and someone calling his name in a friendly voice. # view: entry_known_face # invented
* [They came over the wall]
    You look at the wall and picture ladders in the dark. # view: entry_ladders # invented
* [They rushed him at the door]
    You think of twenty men against one tired young man in a dark garage. # view: entry_overwhelmed # invented
* [You cannot tell]
    You were asleep. You will never know, and you will not guess. # view: entry_unsure # invented
- -> kiosk_jacson

=== kiosk_jacson
# scene: gate
# time: dawn
# music: house
# ambience: garden
28 May. Four days after the raid. # cite: pat
Since January a polite young man called Frank Jacson has driven his companion Sylvia Ageloff, and later Marguerite Rosmer, to the house and waited outside in his car. He never asked to come in. The guards got used to him. # cite: pat
Sylvia, a social worker from New York and a member of the movement, did typing for Trotsky early in the year. To the household, Jacson is her husband: a businessman with an office in town and money to spare. # cite: pat
This morning he has offered to drive the Rosmers to the port of Veracruz for their ship. For the first time he steps inside the walls, and the Old Man comes out and shakes his hand. # record: jacson_enters_1940_05_28 # cite: pat
He is really Ramón Mercader, a Spanish Communist working for Stalin's secret police. Nobody in the house knows. # cite: con
{
- role == teamster:
    You help him load the Rosmers' trunks into his car. He tips his hat and thanks you. # invented
- role == student:
    You see him from the library window: a man in a good suit, shaking hands in the patio. Bob would have known whether he was one of ours. Bob is gone. # invented
- else:
    You sit in the kitchen with Carmen, the cook, and Belem, the maid. The police question them for hours; soon both will sign statements calling the raid a fake. # cite: pat # invented
    The Communist papers say the same: a "self-attack", staged by Trotsky himself. # cite: comintern
}
Two days later the police arrest two of the guards, Charles Cornell and Otto Schüssler, and press them to confess to a "self-attack". They are released when Trotsky protests. # cite: pat
-> kiosk_harte

=== kiosk_harte
# scene: street
# time: day
# music: grief
# ambience: street
The investigation turns. A man who obtained the police uniforms is traced, and through him the raiders' hideout. # cite: ss
On 25 June, police find Bob Harte's body buried under the floor of a farmhouse at Santa Rosa, off the road to the Desierto de los Leones. He had been shot. # record: harte_found_1940_06_25 # cite: rou
Trotsky sends a telegram of condolence to Harte's parents, signed by the household. # cite: lt_writings_1939_40
{
- role == student:
    You are not allowed to see him. Afterwards you sit on the library steps a long time, and nobody asks you to work. # invented
- role == teamster:
    You drive the others back from the farmhouse and none of you says a word. # invented
- else:
    At the newsstand by the market you pick up the papers that called the raid a fake, and cannot read a line of them. # invented
}
Was Harte an innocent victim, a young man deceived by someone he trusted, or a Soviet agent killed for having second thoughts? Historians still disagree. # cite: mit
On 6 August a marble plaque is set in the inner doorway: # cite: sch
"In Memory of Robert Sheldon Harte, 1915–1940, Murdered by Stalin." # class: quote # cite: museum_site
-> kiosk_fortress

=== kiosk_fortress
# scene: gate
# time: day
# music: house
# ambience: garden
# sfx: hammer
Summer. The house becomes a fortress. Steel double doors with electric switches replace the wooden door, new towers rise over the walls, steel shutters close the bedroom, and work begins on a siren for the alarm. # record: fortress_summer_1940 # cite: han40
~ house += (steel_doors, towers, siren, wire_lights, shutters, redoubt)
Supporters of the movement pay for it. The Mexican government triples the police outside. # cite: han40
~ house += police_tripled
The guards meet to discuss what else should change. You have one proposal to make. # invented
* [Two guards at the door for every arrival]
    ~ house += two_guard_gate
    The others nod: that is already the plan for the new steel doors. One guard with a drawn gun opens the street door while another, in the tower, releases the inner grille. # cite: sch
* [Search every visitor, friends included]
    ~ proposals_refused++
    The others look at each other. The secretaries have asked for that since 1937, and for no visitor to be left alone with him. The Old Man has refused both. He will not have his friends searched. # pushback: search_visitors # cite: han40
* [Write down every arrival and departure]
    ~ house += visitor_log
    Agreed. You keep a notebook in the tower: names, times in and out. # invented
- Known friends of the house are still let in without being searched. # cite: han40
{
- role == teamster:
    You teach the new guards to work the electric door and to keep a hand near their gun while they do it. # invented
- role == student:
    You type and retype Trotsky's long report on the raid for the Mexican court, until the carbon paper wears through. # invented
- else:
    Workmen from the neighbourhood carry sandbags up the new towers. One of them, a neighbour's son, will not take the money. # invented
}
After May, Trotsky tells Natalia each morning that they have been given one more day. # cite: ev
In late July Jacson comes back to town, thinner and nervous, with chocolates for Natalia. # cite: pat
-> kiosk_rehearsal

=== kiosk_rehearsal
# scene: study
# time: day
# music: dread
# ambience: house
17 August. Jacson brings a draft of an article and asks the Old Man's advice. For the first time they are alone together in the study. # record: rehearsal_1940_08_17 # cite: pat
He keeps his hat on. He sits on the edge of the desk, a raincoat over his arm. The visit lasts eleven minutes. # cite: pat
The article is weak. Trotsky suggests changes and tells him to come back with it revised. # cite: pat
Afterwards Trotsky tells Natalia that he does not like the man, who "did not resemble a Frenchman at all." # class: quote # cite: pat
* (k_warned) [Tell the others the man worries you]
    You tell the guards. They shrug: he is Sylvia's husband, he has been around the house for months, and the Old Man has just told him to come back with the article revised. Nobody has the authority to turn him away. # pushback: warn_about_jacson # cite: pat
* [Say nothing, but watch him]
    You say nothing. You watch him walk back to his car, and you notice that he does not look back. # invented
- {
- role == teamster:
    That evening you look over his Buick, parked outside the wall. It is a good car, well kept. There is nothing in it but a road map of Mexico. # invented
- role == student:
    You glance at the draft he left behind for a moment on the library table. It is thin stuff, other people's arguments copied out. You have written better essays for a grade. # invented
- else:
    Outside, the policeman at the hut asks you who the foreigner in the raincoat is. "A friend of the house," you say, and hear how the words sound. # invented
}
- # time: dusk
Two days later, on 19 August, Trotsky finishes a long article for the Mexican court on the raid and the men behind it. # cite: lt_cgpu
-> kiosk_attack

=== kiosk_attack
# scene: gate
# time: day
# music: dread
# ambience: garden
20 August, about twenty past five in the afternoon. Three guards are on the roof, wiring the new siren to the alarm. # cite: han40
Jacson drives up in his Buick. The guards know him, and let him in. It is a fine day, but he carries a raincoat over his arm and wears a hat. # cite: han40
He finds Trotsky feeding the rabbits. He tells Natalia he is thirsty, and drinks a glass of water. Asked why the hat and coat, he says it might rain. # cite: volk
* (k_search) [Ask to look under his raincoat]
    You step toward him. But the guards on the roof know him; he is a friend of the house, and friends are not searched: that is the Old Man's rule. # pushback: search_jacson # cite: han40
* [Ask to sit in on the meeting]
    You ask if you can come into the study. But Trotsky has never accepted a guard in the room with a visitor, and nobody is going to ask him now. # pushback: stay_in_study # cite: han40
* [Keep to your post by the rabbit hutches]
    You stay where you are, by the hutches, and watch the road. # invented
- He says he has brought the article, typed, and that he is leaving for New York with Sylvia the next day. # cite: volk
Trotsky is reluctant to leave his rabbits. At last he locks the hutches, takes off his work gloves, and walks to the house with Natalia and his visitor. # cite: deu
# scene: study
Natalia leaves them at the study door. Trotsky sits down at his desk and begins to read the article. # cite: deu
Behind him, Jacson takes a cut-down ice axe from under his raincoat and strikes him on the back of the head. # record: attack_1940_08_20 # cite: pat
A terrible cry comes from the study. Trotsky throws himself at his attacker and fights him off, grappling with him, biting his hand. # cite: han40
# sfx: footsteps
On the roof, Melquíades Benítez aims his rifle at the study window; Joe Hansen shouts at him not to shoot, for fear of hitting the Old Man. # cite: pat
Harold Robins is first into the room and overpowers Jacson; other guards follow. # cite: pat
Trotsky, bleeding, tells them not to kill the man: he must talk. The exact words are remembered differently. # cite: sa
{
- role == teamster:
    # scene: gate
    You hold the gate while the police come. Your hands will not keep still on the bolt. # invented
- role == student:
    # scene: dining
    You run for towels and the telephone, and find you cannot remember the number of anything. # invented
- else:
    # scene: street
    You run out to the police hut and shout in Spanish for a doctor, for an ambulance, for anyone. # invented
}
Seva, coming home from school, sees his grandfather on the floor before someone leads him away. # cite: ev
The police arrive and take Jacson into custody. In his pocket is a typed letter in French, presenting him as a disillusioned follower of Trotsky. # cite: ss
-> kiosk_death

=== kiosk_death
# scene: hospital
# time: dusk
# music: grief
# ambience: hospital
# sfx: ambulance_bell
An ambulance takes Trotsky to the Cruz Verde, the emergency hospital. He is still speaking. # cite: pat
When a nurse shaves his head, he jokes that they have found a barber. He asks Hansen for his notebook and dictates a message; as it was published, it ends: # cite: pat
"Go forward!" # class: quote # cite: sa
Natalia is beside him; his last words are for her. # cite: pat
Then he loses consciousness, and a team of Mexican surgeons operates. # cite: deu
He dies on 21 August 1940, at 7:25 or 7:30 in the evening depending on the source, some twenty-five or twenty-six hours after the blow. He was sixty. # record: death_1940_08_21 # cite: sf_examiner_1940
{
- role == student:
    You wait in the corridor with the others. Nobody speaks above a whisper. # invented
- role == teamster:
    You sleep in the car outside the hospital, when you sleep at all. # invented
- else:
    The street outside the hospital fills with people who have come just to stand there. # invented
}
-> kiosk_funeral

=== kiosk_funeral
# scene: procession
# time: day
# music: grief
# ambience: crowd
22 August. The funeral procession moves slowly through the main avenues and the working-class districts of the city. # record: funeral_1940_08_22 # cite: deu
The newspapers of the day counted some 250,000 people along the route; later accounts say 300,000. The United States refused a visa for his body. # cite: museum_site
His ashes were later laid in the garden of the house. # cite: museum_site
{
- role == teamster:
    You walk behind the coffin with the other guards, in a borrowed black tie. Men in work clothes take off their hats as you pass. # invented
- role == student:
    You walk behind the coffin with the other guards. You had thought you would cry; instead you count steps, as you counted shots in May. # invented
- else:
    You walk behind the coffin with the other guards. Your mother is somewhere in the crowd on the pavement; you never find her, but she finds you that evening. # invented
}
-> kiosk_after

=== kiosk_after
# scene: museum
# time: day
# music: epilogue
# ambience: garden
# class: title
Afterwards
4 October 1940: Siqueiros, leader of the May raiders, is arrested in Jalisco. He admits taking part, but says the aim was a "psychological" protest, not murder. # record: siqueiros_arrested_1940_10_04 # cite: cia_chronology
1941: a court dismisses the homicide charge, and Siqueiros leaves for Chile. # record: siqueiros_freed_1941 # cite: sa
16 April 1943: "Jacson" is convicted of murder and sentenced to twenty years, the maximum the court could give. # record: jacson_convicted_1943_04_16 # cite: rourke_1943
1950 or 1953, depending on the source: fingerprints traced by the Mexican criminologist Alfonso Quiroz Cuarón prove he is Ramón Mercader. He never admits it in Mexico. # record: mercader_identified_1950_1953 # cite: con # cite: nyt_1953
6 May 1960: Mercader is released. Moscow later makes him a Hero of the Soviet Union. # record: mercader_released_1960_05_06 # cite: wp
Who sent him came out only decades later, from the Soviet side: in 1939 Stalin ordered Trotsky killed. Naum Eitingon ran the NKVD operation, code-named Utka, in Mexico; Iosif Grigulevich, the raiders' "Felipe", organised the May raid; Mercader's mother Caridad worked with Eitingon. Whether the two waited in a car near the house on 20 August is disputed. # cite: sudoplatov # cite: pat # cite: volk # recall: operation_duck_1939
23 January 1962: Natalia Sedova dies near Paris. Her ashes join her husband's in the garden. # record: natalia_dies_1962_01_23 # cite: hommage_1962
Of Trotsky's family, few survived Stalin. His son Seryozha was shot in 1937; his first wife Alexandra died in the camps or was shot, the sources disagree; his daughter Zina, Seva's mother, took her own life in 1933. # cite: wp
1979: Yulia, Seryozha's daughter, a granddaughter the Trotskys never knew they had, emigrates from Moscow to the United States. # record: yulia_emigrates_1979 # cite: akselrod_1989
1988: Seva, now Esteban Volkov, visits Moscow and meets his dying half-sister after fifty-seven years. # record: volkov_moscow_1988 # cite: ap_lat_1989
He compares it to shipwreck survivors meeting on a beach. # cite: pat
20 August 1990, fifty years after the attack: the house reopens as the Museo Casa de León Trotsky. # record: museum_opens_1990_08_20 # cite: museum_blog
16 June 2023: Esteban Volkov, who founded the museum, dies in Mexico City, aged ninety-seven. # record: volkov_dies_2023_06_16 # cite: elpais_efe_2023
-> kiosk_close

=== kiosk_close
# class: title
What you did
{
- role == teamster:
    You were the Teamster: a fictional guard, made from the real ones. # invented
- role == student:
    You were the Student: a fictional guard, made from the real ones. # invented
- else:
    You were the Mexican comrade: a fictional guard, made from the real ones. # invented
}
{house ? two_guard_gate:
    You asked for two guards at the door. The house already had that rule by summer, and the attack came anyway. # cite: sch
}
{proposals_refused > 0:
    You asked to search every visitor. The secretaries had asked for that since 1937; Trotsky refused. # cite: han40
}
{kiosk_rehearsal.k_warned:
    You warned the others about Jacson. Trotsky himself disliked him. Disliking a friend of the house was not a reason to shut the door. # cite: pat
}
{kiosk_attack.k_search:
    You tried to look under his raincoat. A known friend was never searched. # cite: han40
}
{
- role == teamster:
    Your part was the cars, the gate and the long nights, as it was for the real guards who stood here. # invented
- role == student:
    Your part was the library and a friendship with Bob Harte. The question of what happened at the garage door is still open. # invented
- else:
    Your part was the street outside: the police hut, the kitchen, the newspapers that called the raid a fake. # invented
}
Nothing you chose could change what happened: the raid failed, the blow in the study did not. What you could choose was how to stand your watch. # class: note
The real guards were a handful of young volunteers with little money, up against a state with agents, money and time. # cite: pat
Why could they not stop it? # class: note
In the museum today, the bullet holes are still in the bedroom wall. # cite: museum_site
-> END
