// The museum kiosk cut: about eight minutes for a standing visitor (at most about 1,200 words from the first tap
// to the end at first options: tests/content/kiosk-length.test.ts, tools/kiosk-words.mjs), entered directly at
// `kiosk` (never from `start`), self-contained. Every record beat is tagged once, on a line that every path passes,
// in canonical order. The climax is told in short passages, each with its own picture, so the picture never runs
// ahead of the text (the garden stone only at the very end). Kiosk knots never divert into the full chapters; the
// only memory used inside the cut is the read counts of its own labels.

=== kiosk
# checkpoint: kiosk
# scene: plan
# time: day
# music: title
# ambience: garden
Coyoacán, on the edge of Mexico City. 1940. # cite: pat
Behind these walls lives Leon Trotsky, once a leader of the Russian Revolution, now an exile whom Stalin's government wants dead. In 1937 Mexico took him in. # cite: pat
With him live his wife, Natalia Sedova, and his grandson Seva, fourteen years old. A handful of young volunteers guard the house. # cite: pat
You are one of them. Who are you?
* [The Teamster]
    ~ role = teamster
    A truck driver from Minneapolis, who knows engines and guns. # invented
* [The Student]
    ~ role = student
    A college student from New York, a friend of Bob Harte, another guard. # invented
* [The Mexican comrade]
    ~ role = mexican
    A young worker from Coyoacán, who speaks the language of the street. # invented
- -> kiosk_house

=== kiosk_house
# scene: patio
# time: day
# music: house
The one way in is the garage door; five Mexican policemen keep watch from a brick hut outside. # cite: pat
Trotsky feeds his rabbits in the morning and dictates for hours in his study. # cite: sch
{
- role == teamster:
    # scene: gate
    You keep the household's cars running, and stand watch at night. # invented
- role == student:
    # scene: library
    You type in the library. Bob has the room next to yours and a laugh you can hear across the patio. # invented
- else:
    # scene: street
    You run errands in town, where the Communist papers call the Old Man a traitor every day. # cite: comintern # invented
}
# scene: guardroom
# time: night
# ambience: night
# music: dread
On the night of 23 May, Bob Harte has the watch at the garage door. # cite: pat
-> kiosk_raid

=== kiosk_raid
# scene: bedroom
# time: night
# sfx: gunfire
# effect: raid_flashes
At about four in the morning, twenty or more men in police and army uniforms, led by the painter David Alfaro Siqueiros, tie up the policemen outside and get inside the walls. # record: raid_1940_05_24 # cite: pat
Machine guns pin the guards down. Others fire into the Trotskys' bedroom. # cite: pat
* [Stay down, below the window]
    You lie flat and count the bursts, and lose count. # invented
* [Try for the alarm switch by the garage door]
    The fire drives you back. Later the guards find that the alarm had been switched off. # pushback: alarm_on_may24 # cite: pat
* [Run out after the raiders]
    Shots from the patio drive you back: the raiders are covering their retreat. # pushback: chase_raiders # cite: pat
- # effect: none
# sfx: car_engine
# time: dawn
The raiders drive off in the household's own cars, taking Bob Harte with them. # cite: pat
Natalia had pushed her husband down beside the bed and lain over him. Both are alive. Seva has a small wound to his foot. Some seventy bullet holes mark the bedroom walls. # cite: lt_ssmd # cite: pat # cite: mit
How did the raiders get in? Most historians now think Harte opened the door to a man he knew; other accounts differ. # cite: mit
* [Someone he knew came to the door]
    You think of a friendly voice at the door. # view: entry_known_face # invented
* [They came over the wall]
    You picture ladders in the dark. # view: entry_ladders # invented
* [They rushed him at the door]
    You think of twenty men against one tired guard. # view: entry_overwhelmed # invented
* [You cannot tell]
    You were asleep. You will not guess. # view: entry_unsure # invented
- -> kiosk_jacson

=== kiosk_jacson
# scene: gate
# time: dawn
# music: house
# ambience: garden
28 May. For months a polite young man called Frank Jacson, the companion of Sylvia Ageloff, has waited outside in his car. Today he drives two old friends of the family to their ship, and for the first time he steps inside the walls. # record: jacson_enters_1940_05_28 # cite: pat
He is really Ramón Mercader, an agent of Stalin's secret police. Nobody in the house knows. # cite: con
Two days later the police arrest two guards to make them confess to a "self-attack"; Trotsky's protest frees them. # cite: pat
-> kiosk_harte

=== kiosk_harte
# scene: street
# time: day
# music: grief
# ambience: street
On 25 June, police find Bob Harte's body buried at a farmhouse in the hills. He had been shot. # record: harte_found_1940_06_25 # cite: rou
{role == student:
    You are not allowed to see him. You sit on the library steps a long time. # invented
}
Was he an innocent victim, a young man deceived, or an agent himself? Historians still disagree. # cite: mit
On 6 August a plaque is set in the inner doorway: # cite: sch
"In Memory of Robert Sheldon Harte, 1915–1940, Murdered by Stalin." # class: quote # cite: museum_site
-> kiosk_fortress

=== kiosk_fortress
# scene: gate
# time: day
# music: house
# ambience: garden
# sfx: hammer
Summer. The house becomes a fortress: steel doors, new towers, steel shutters, and work on a siren for the alarm. The government triples the police outside. # record: fortress_summer_1940 # cite: han40
~ house += (steel_doors, towers, siren, wire_lights, shutters, redoubt)
~ house += police_tripled
The guards meet. You have one proposal. # invented
* [Two guards at the door for every arrival]
    ~ house += two_guard_gate
    Agreed: it is the plan for the new doors. # cite: sch
* [Search every visitor, friends included]
    ~ proposals_refused++
    The Old Man refuses. He will not have his friends searched. # pushback: search_visitors # cite: han40
* [Write down every arrival and departure]
    ~ house += visitor_log
    Agreed: you keep a notebook in the tower. # invented
- -> kiosk_rehearsal

=== kiosk_rehearsal
# scene: study
# time: day
# music: dread
# ambience: house
17 August. Jacson brings a draft article and asks the Old Man's advice. For eleven minutes they are alone in the study. He keeps a raincoat over his arm. # record: rehearsal_1940_08_17 # cite: pat
Afterwards Trotsky tells Natalia that he does not like the man, who "did not resemble a Frenchman at all." # class: quote # cite: pat
* (k_warned) [Tell the others the man worries you]
    They shrug: he is Sylvia's husband, and the Old Man has told him to come back. Nobody can turn him away. # pushback: warn_about_jacson # cite: pat
* [Say nothing, but watch him]
    You watch him walk back to his car. He does not look back. # invented
- -> kiosk_attack

=== kiosk_attack
# scene: patio
# time: day
# music: dread
# ambience: garden
20 August, about twenty past five. Three guards are on the roof, wiring the siren. Jacson drives up; the guards know him and let him in. It is a fine day, but he carries a raincoat over his arm. # cite: han40
* (k_search) [Ask to look under his raincoat]
    Friends of the house are not searched: that is the Old Man's rule. # pushback: search_jacson # cite: han40
* [Ask to sit in on the meeting]
    Trotsky has never accepted a guard in the room with a visitor. # pushback: stay_in_study # cite: han40
* [Keep to your post by the rabbit hutches]
    You stay by the hutches and watch the road. # invented
- -> kiosk_blow

=== kiosk_blow
# scene: study
Trotsky takes his visitor to the study and sits down at his desk to read the article. # cite: deu
Behind him, Jacson takes a cut-down ice axe from under his raincoat and strikes him on the back of the head. # record: attack_1940_08_20 # cite: pat
A terrible cry comes from the study. Trotsky fights his attacker off. # cite: han40
* [Run toward the cry]
    # sfx: footsteps
    Harold Robins is first into the room and overpowers Jacson. # cite: pat
- Trotsky, bleeding, tells them not to kill the man: he must talk. # cite: sa
{
- role == teamster:
    # scene: gate
    You hold the gate for the police. Your hands will not keep still on the bolt. # invented
- role == student:
    # scene: dining
    You run for towels and the telephone. # invented
- else:
    # scene: street
    You run to the police hut and shout for an ambulance. # invented
}
* [Follow the ambulance]
    -> kiosk_death

=== kiosk_death
# scene: hospital
# time: dusk
# music: grief
# ambience: hospital
# sfx: ambulance_bell
At the Cruz Verde hospital he dictates a message to Hansen; as it was published, it ends: # cite: pat
"Go forward!" # class: quote # cite: sa
Surgeons operate. He dies on 21 August 1940, at 7:25 or 7:30 in the evening depending on the source, without waking. He was sixty. # record: death_1940_08_21 # cite: sf_examiner_1940
* [Walk in the procession]
    -> kiosk_funeral

=== kiosk_funeral
# scene: procession
# time: day
# ambience: crowd
22 August. The funeral procession moves slowly through the avenues and working-class districts. The papers of the day counted some 250,000 people; later accounts say 300,000. # record: funeral_1940_08_22 # cite: deu # cite: museum_site
* [Afterwards]
    -> kiosk_after

=== kiosk_after
# scene: street
# music: epilogue
# ambience: street
1940: Siqueiros is arrested. He says the raid was a "psychological" protest, not murder. # record: siqueiros_arrested_1940_10_04 # cite: cia_chronology
1941: a court drops the homicide charge, and he leaves for Chile. # record: siqueiros_freed_1941 # cite: sa
1943: "Jacson" is sentenced to twenty years for murder. # record: jacson_convicted_1943_04_16 # cite: rourke_1943
1950 or 1953, depending on the source: his fingerprints prove he is Ramón Mercader. # record: mercader_identified_1950_1953 # cite: con # cite: nyt_1953
1960: he is released. Moscow makes him a Hero of the Soviet Union. # record: mercader_released_1960_05_06 # cite: wp
Who sent him came out decades later, chiefly from the self-serving memoir of Pavel Sudoplatov, one of the organisers: in 1939 Stalin ordered Trotsky killed. Naum Eitingon ran the operation, code-named Utka; Iosif Grigulevich, the raiders' "Felipe", organised the May raid; Mercader's mother Caridad worked with Eitingon. # cite: sudoplatov # cite: pat # recall: operation_duck_1939
Whether those two waited in a car near the house on 20 August is disputed. # cite: volk
* [And the house?]
    -> kiosk_years

=== kiosk_years
# scene: museum
# time: day
# ambience: garden
1962: Natalia Sedova dies near Paris. Her ashes join her husband's under the stone in the garden. # record: natalia_dies_1962_01_23 # cite: hommage_1962
1979: Yulia, a granddaughter the Trotskys never knew they had, emigrates from Moscow to the United States. # record: yulia_emigrates_1979 # cite: akselrod_1989
1988: Seva, now Esteban Volkov, visits Moscow and meets his dying half-sister. # record: volkov_moscow_1988 # cite: ap_lat_1989
1990: the house opens as the Museo Casa de León Trotsky. # record: museum_opens_1990_08_20 # cite: museum_blog
2023: Esteban Volkov, who founded the museum, dies, aged ninety-seven. # record: volkov_dies_2023_06_16 # cite: elpais_efe_2023
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
    You asked for two guards at the door: the house had that rule, and the attack came anyway. # cite: sch
}
{proposals_refused > 0:
    You asked to search every visitor. Trotsky refused. # cite: han40
}
{kiosk_rehearsal.k_warned:
    You warned the others about Jacson. Disliking a friend of the house was not a reason to shut the door. # cite: pat
}
{kiosk_attack.k_search:
    You tried to look under his raincoat. A known friend was never searched. # cite: han40
}
Nothing you chose could change what happened; only how you stood your watch. # class: note
The real guards were a handful of young volunteers, up against a state with agents, money and time. Why could they not stop it? # class: note # cite: pat
-> END
