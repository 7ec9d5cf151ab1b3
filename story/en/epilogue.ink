// Epilogue: first the record's epilogue (record.md §1.5–1.7), then the player's own fictional epilogue per role.
// Every `# record:` tag sits on a line that every path passes; the only choices before the role split gather back
// at once. The player's epilogue reads the shared variables only (trust values, letters_home, known, house).

=== epilogue
# checkpoint: epilogue
# scene: museum
# time: day
# music: epilogue
# ambience: garden
Coyoacán. Many years later. # invented
{not classroom_cut:
    The house on Avenida Viena is a museum now. Visitors come in from Avenida Río Churubusco, where the ticket desk stands, and walk the garden in the order the guide suggests. # cite: museum_blog
}
{not classroom_cut:
    The rabbit hutches are gone. The towers are still there, and the steel doors, painted over many times. # invented
}
Where do you stand first?
* (ep_stone) [Stand by the stone in the garden]
    In the garden stands a tall stone slab designed by the architect and painter Juan O'Gorman, with a red flag above it. Trotsky's ashes were placed there. # cite: museum_site
* (ep_wall) [Look at the bedroom wall]
    In the bedroom the bullet holes from the night of 24 May 1940 are still in the plaster, left as they were. # cite: museum_site
* (ep_study) [Stand in the doorway of the study]
    The study keeps its long table, its books, the map of Mexico on the wall and the dictating machine. # cite: museum_site
- A card by the door tells what happened after the procession. # invented
-> trials

= trials
# class: title
After August 1940
{not classroom_cut:
    The inquiry into the May raid went on while the city argued about the murder. # cite: ss
}
David Alfaro Siqueiros, who had led the raiders on the ground, had been in hiding since June. # cite: ss
{not classroom_cut:
    He had moved from Cuernavaca to the hills of Jalisco, living under false names. # cite: sa
}
On 4 October 1940 he was caught in the back country of Jalisco, near Hostotipaquillo. He admitted that he had taken part in the raid, but said the aim had been a "psychological" protest and the seizure of papers, not murder. # record: siqueiros_arrested_1940_10_04 # cite: cia_chronology
{not classroom_cut:
    The police had counted some seventy bullet holes in the bedroom alone, and a boy had been asleep in the next room. # cite: mit
    {role:
    - teamster:
    In Minneapolis you read the fullest account in Socialist Appeal, between the union notices. Albert Goldman, the lawyer who had acted for the Old Man, wrote about the arrest. # cite: sa # invented
    - student:
    In New York you read it in Socialist Appeal, where Albert Goldman, the lawyer who had acted for the Old Man, wrote about the arrest. # cite: sa # invented
    - else:
    In Coyoacán the paperboys were shouting it at the corner by the market before you had finished breakfast. # invented
    You bought two papers, one from each side, and read them side by side on a bench in the plaza. # invented
    }
}
{classroom_cut: -> t_after_cutting}
* [Send the cutting to someone who was there]
    ~ raise(trust_guards, 1)
    You post it to a guard you stood watches with: no letter, only the cutting and your initials. An answer comes back the same way, a cutting of his own with one word underlined. # invented
* [Put it in a letter to your family]
    ~ letters_home++
    You copy the main lines into a letter to your family, and go on to write what the raid sounded like from the guards' rooms: the first time you have put that on paper. # invented
* (kept_cutting) [Keep it to yourself]
    You fold it into your wallet and carry it until the creases wear through. You do not want anyone's opinion of it yet, not even your own. # invented
- (t_after_cutting)
In 1941 a court of three judges dismissed the homicide charge, and Siqueiros went free. At the new president's urging he left for Chile, on a visa stamped by Chile's consul-general in Mexico, the poet Pablo Neruda, and painted a mural at a school in Chillán. # record: siqueiros_freed_1941 # cite: sa
Iosif Grigulevich, the Soviet agent who had organised the raid, had already slipped out of Mexico. He was "Felipe", the man the raiders knew, and Bob Harte too, most historians now think. # cite: mit # cite: pat
{not classroom_cut:
    Trotsky's supporters protested that the court had let the leader of the raid walk away. # cite: sa
}
{classroom_cut: -> t_after_chile}
When you hear that Siqueiros is in Chile, painting:
* (sq_angry) [Be angry, and say so]
    You say it out loud to whoever is in the room: a boy of fourteen was wounded in his own house, and the man who led the raid is painting walls. Nobody disagrees. It does not help. # invented
* (sq_see) [Try to see how it happened]
    You try to see it as a court might have: a famous painter, a war in Europe, a new president who wanted quiet. Understanding it does not make it smaller. It only makes it clearer. # invented
* (sq_mural) [Go and look at his work one day]
    Years later you stand in front of one of his murals, because you want to know what that hand could do. It is very good. You leave without deciding what to do with that. # invented
- (t_after_chile)
{not classroom_cut:
    The man who had struck Trotsky in the study was questioned for five days and nights by Colonel Leandro Sánchez Salazar, head of the secret service. He called himself Jacques Mornard, son of a Belgian diplomat. # cite: ss
}
{not classroom_cut:
    Dr Rubén Leñero, head of the Cruz Verde, feared the prisoner would be poisoned there, and he was moved to an armoured cell at police headquarters. # cite: ss
    The Belgian chargé d'affaires came to see him and concluded that he was not Belgian at all. # cite: ss
}
{not classroom_cut:
    He kept to the story in the typed French letter he had carried into the study: a disillusioned follower, he said, driven to it by Trotsky himself. # cite: ss
}
{not classroom_cut:
    He kept to it at the court's reconstruction of the crime in September 1941, and afterwards handed in a second story, twelve pages long, of self-defence. # cite: rourke_1943
    The papers called him Mornard; the household had known him as Jacson. # cite: ss
}
{classroom_cut: -> t_after_name}
In your own head you choose a name.
* (nm_jacson) [Jacson, as the house knew him]
    You go on calling him Jacson. It was the name at the gate, and it reminds you that he came in the way everybody's friends came in. # invented
* (nm_mornard) [Mornard, as the court knew him]
    You use the court's name, because it belongs to a prisoner and not to a guest. It puts a wall between you and the man who used to wait outside in his car. # invented
* (nm_none) [No name at all]
    You give him no name. In your letters he is "the visitor", and the people who read them know exactly whom you mean. # invented
- (t_after_name)
On 16 April 1943 the Sixth Penal Court of Mexico City found "Jacson" guilty of murder and sentenced him to twenty years in prison, the heaviest sentence Mexican law allowed. # record: jacson_convicted_1943_04_16 # cite: rourke_1943
Twenty years. When people ask you whether that is enough, you say:
* (tw_law) ["It is what the law allows"]
    "A country that took the Old Man in when nobody else would has the right to judge by its own laws. Mexico has no death penalty, and I am not sorry." # invented
* (tw_none) ["No number would be enough"]
    "Twenty, forty, it makes no difference. Nothing they give him puts anybody back in the study." # invented
* (tw_wrong) ["They have the wrong man in the cell"]
    "He held the axe. The men who sent him are sitting in offices a long way from Mexico, and nobody will ever read out a sentence to them." # invented
-
-> name

= name
# class: title
A name
{not classroom_cut:
    For years the prisoner had no true name in the court records. # cite: con
}
The criminologist Alfonso Quiroz Cuarón traced his fingerprints to Spanish police records. They belonged to Jaime Ramón Mercader del Río, born in Barcelona, a veteran of the war in Spain. # cite: con
The fingerprints were matched in 1950; the name was made public in 1953. Which of the two is "the" date of the identification depends on whom you read. He never admitted it in Mexico. # record: mercader_identified_1950_1953 # cite: nyt_1953
{classroom_cut: -> n_after_mind}
You say the whole name once, aloud. Then your mind goes elsewhere.
* [To Sylvia, who brought him to the gate]
    ~ known += k_sylvia
    Your mind goes to Sylvia Ageloff, through whom he had come to the house. Most historians believe she never knew what he was; a few writers have accused her. # cite: pat # cite: wsws
    You remember only how often she was there, and that proves nothing either way. # invented
* [To Spain, where he had fought]
    ~ known += k_spain
    Your mind goes to Spain, to the comrades who came home from that war and would not talk about the prisons behind their own lines. You understand a little better where he had been made. # invented
* (mind_face) [To his face in the old photographs]
    Your mind goes to his face. You find a photograph from 1940 and look for the new name in it; there is only the same polite stranger, looking slightly away. # invented
- (n_after_mind)
{not classroom_cut:
    He had served his years in Lecumberri prison and later in Santa Martha Acatitla. # cite: wp
}
On 6 May 1960, after nineteen years and eight months in Mexican prisons, Mercader walked out free. He went to Cuba, then on to Czechoslovakia and the Soviet Union. # record: mercader_released_1960_05_06 # cite: wp
{classroom_cut: -> n_after_release}
{role == teamster:You are in your mid-forties that May.|{role == student:You are forty that May.|You are past forty that May.}} {kept_cutting:The old cutting about Siqueiros is still in your wallet. }On the day the papers carry his release:
* [Telephone someone who was in the house]
    ~ raise(trust_guards, 1)
    Neither of you says the name. "He's out," you say. "I know," says the voice, and then you talk about work and the weather for twenty minutes, because that is easier. # invented
* [Put it in the letter you owe your family]
    ~ letters_home++
    You add three lines about it to the letter you owe your family, and then cross them out, and then write them again more plainly. # invented
* (walked_dark) [Walk until it is dark]
    You walk until the streetlights come on. You had always known he would come out one day; knowing did not make the day ordinary. # invented
- (n_after_release)
Moscow made him a Hero of the Soviet Union; Russian sources date the decree to 1960, many English ones to 1961. # cite: wp
Who had sent him, he never said in Mexico. The answer came decades later, from the Soviet side itself. # cite: sudoplatov
In March 1939 Stalin, with Beria present, had given Pavel Sudoplatov of the NKVD the task of killing Trotsky; the operation was code-named Utka, "Duck". So Sudoplatov told it in his memoir of 1994: the organiser's own account, and a self-serving one. # cite: sudoplatov # cite: pat # recall: operation_duck_1939
Naum Eitingon ran it in Mexico. He had recruited Ramón in Spain, and Ramón's mother, Caridad Mercader, an ardent Communist, worked with him. # cite: pat # cite: wp
Caridad and Eitingon both left Mexico after the murder. Volkogonov writes that on 20 August they waited in a car about a hundred metres from the house; other accounts do not mention it, and it is not established. # cite: volk
{
- tw_wrong:
    You had said it in 1943: the men who sent him were a long way from Mexico. # invented
- tw_law:
    Mexico had judged him by its own laws; no court ever judged the men who sent him. # invented
}
{not classroom_cut:
    Ramón Mercader died in Havana on 18 October 1978 and was buried in Moscow under the name Ramón Ivanovich López. # cite: wp
}
-> natalia

= natalia
# class: title
The Old Lady
Natalia Sedova stayed on at Avenida Viena for about two decades after 1940. # cite: ev
{not classroom_cut:
    She kept the rooms as they had been on the last afternoon. # cite: ev
}
"Let no one touch anything." # class: quote # cite: hommage_1962
{classroom_cut: -> nat_dies}
* (nat_tea) [Remember her at the tea table]
    You remember the five o'clock tea, and the way she poured it without looking up from whatever she was being told. # invented
* (nat_raid) [Remember her on the night of the raid]
    On the night of the raid she beat out a fire in the bedroom with blankets. One account says she was slightly burned doing it; another says she was unhurt. # cite: pat # cite: sa
    You remember the smell of the blankets in the morning. # invented
- Every August the anniversary came round.
* [Send a card to Avenida Viena]
    ~ raise(trust_natalia, 1)
    You send a card to the house with only your name and the date. You never learn whether it reaches her, and you go on sending it. # invented
* (ann_quiet) [Keep the day quietly]
    You keep the day in your own way: no work after five o'clock, and a glass of tea with lemon, drunk slowly. # invented
* (ann_pass) [Let the day pass]
    You let the day pass like any other, on purpose. She has enough grief of her own without yours arriving by post. # invented
- (nat_dies) She died on 23 January 1962 at Corbeil, near Paris, at seventy-nine. Her ashes were brought back and placed with Trotsky's beneath the stone in the garden. # record: natalia_dies_1962_01_23 # cite: hommage_1962
-> family

= family
# class: title
The family
{not classroom_cut:
    The most moving part of this story lies outside the walls: a family hunted almost to its end. # cite: pat
}
Seryozha, Sergei Sedov, the younger son, was an engineer who kept out of politics. He was arrested in 1935 and shot in 1937; the family did not learn the date for decades. # cite: wp # recall: sergei_shot_1937
{not classroom_cut:
    Lev Sedov, the elder son, died in a Paris clinic on 16 February 1938, in circumstances his father believed were no accident. # cite: pat # recall: sedov_dies_1938_02_16
}
{not classroom_cut:
    Alexandra Sokolovskaya, Trotsky's first wife, was sent to the camps of Kolyma and was seen alive there early in 1938. Then nothing. Some sources say she died in the camps; others say she was shot that year. It is still disputed. # cite: wp
    Zina, Zinaida Volkova, Seva's mother, took her own life in Berlin in January 1933. Her sister Nina had died of tuberculosis in 1928. Seva's father, Platon Volkov, was shot in 1936. # cite: wp
}
{not classroom_cut:
    Of the children and grandchildren, only Seva was in the house on Avenida Viena. # cite: ev
}
{classroom_cut: -> fam_after}
Reading the list, you stop at one name.
* [Lev]
    ~ known += k_sedov
    In February 1938 you read of Lev Sedov's death in a few lines on an inside page. You did not know that two years later you would be standing guard at his parents' gate. # invented
* (fam_zina) [Zina]
    Zina was Seva's mother. You think of the boy walking to school alone every morning, and of how you never once asked him about Berlin, and you are still glad you did not. # invented
* (fam_sery) [Seryozha]
    Seryozha had stayed out of politics, and it made no difference. Of all of them he is the one you cannot put down: he had done nothing, and that had been enough. # invented
- (fam_after)
And one more, whom nobody in the house knew about.
Yulia, Sergei's daughter, born around 1936, grew up in Moscow with her mother's parents. In 1979 she emigrated to the United States. # record: yulia_emigrates_1979 # cite: akselrod_1989
{not classroom_cut:
    In New York she saw a poster for a meeting to mark the hundredth anniversary of Trotsky's birth, went, and made herself known: a granddaughter that Trotsky and Natalia had never known they had. # cite: akselrod_1989
    She later became friends with Harold Robins, the guard who had been first into the study on 20 August. # cite: akselrod_1989
}
{classroom_cut: -> yu_after}
If you had met her that night, what would you have done?
* (yu_table) [Told her about her grandmother's table]
    {nat_raid: You would have told her about a woman who beat out a fire with blankets, and poured the tea at five the next day.|{nat_tea: You would have told her about the tea at five, and a woman who listened more than she spoke.|You would have told her about her grandmother's tea at five.}} # invented
* (yu_seva) [Told her about Seva]
    You would have told her about Seva, the other grandchild, who fed the rabbits and came home from school to a house full of guards. # invented
* (yu_listen) [Asked about her, and listened]
    You would have asked about her own life, which the house never knew existed{fam_sery:, and about her father, whom it had been enough to be born}, and let her do the talking. # invented
- (yu_after)
-> seva

= seva
# class: title
Seva
Seva, who had become Esteban in Mexico, grew up in the house, studied chemistry and stayed in Mexico City. # cite: ev
In 1988 he spoke at a rally in London, and he was allowed to travel to Moscow. The visit stretched into the first weeks of 1989. # record: volkov_moscow_1988 # cite: wv_1989
There he met his half-sister Alexandra, Zina's daughter, who was dying of cancer. They had last been together fifty-seven years before. # cite: ap_lat_1989
{not classroom_cut:
    He likened it to two survivors of a shipwreck meeting on a beach. # cite: pat
}
{not classroom_cut:
    Of the country of his birth he said: # cite: ap_lat_1989
    "The country is really alien to me." # class: quote # cite: ap_lat_1989
}
{classroom_cut: -> sv_after}
When you read about the visit:
* [Write to Esteban]
    ~ raise(trust_seva, 1)
    You write him a short letter in the French of the house, and say only that you read about the beach, and were glad. # invented
* (sv_boy) [Think of the boy after the raid]
    You think of him at fourteen with his foot bandaged, hobbling across the patio to look at the holes in the wall. # invented
* (sv_sister) [Think of the sister who waited]
    You think of {fam_zina:Zina's daughter|his sister}, who had waited fifty-seven years and was already ill when he came, and of how nearly they missed each other. # invented
- (sv_after)
-> museum

= museum
# class: title
The museum
In 1982 the house was declared a historic monument. # cite: museum_blog
On 20 August 1990, fifty years after the blow in the study, it opened as the Museo Casa de León Trotsky, with an institute for the right of asylum beside it. # record: museum_opens_1990_08_20 # cite: museum_blog
Esteban Volkov founded it and ran it for many years. He gave talks to visitors and students about the raid he had lived through as a boy. # cite: elpais_efe_2023
{not classroom_cut:
    {trust_seva >= 3: Once you sit in on one of those talks, and he finds you in the back row with his eyes and goes on.|Once you sit in on one of those talks.} His memory and yours differ in small things, as memories of one night do. # invented
}
{classroom_cut: -> mu_after}
* (mu_right) [Put him right afterwards]
    You go up afterwards meaning to correct a detail, and do not. {sv_boy:You think of his bandaged foot. }He was a boy in the next room and you were at the other end of the house; you both remember something true. # invented
* (mu_tell) [Tell him who you are]
    You wait until the students have gone and tell him your name and the year. He shakes your hand. What he remembers of you is his to keep. # invented
* (mu_slip) [Slip out before the end]
    You slip out before the questions. His night is his, and you do not want to stand in it. # invented
- (mu_after)
He died in Mexico City on 16 June 2023, aged ninety-seven: a chemical engineer, the father of four daughters. His name was added to the plaque on the stone in the garden. # record: volkov_dies_2023_06_16 # cite: elpais_efe_2023
That is where the record ends. What follows is yours, and invented. # class: note
-> yours

= yours
{
- role == teamster: -> as_teamster
- role == student: -> as_student
- else: -> as_mexican
}

// ---------------------------------------------------------------- the Teamster
= as_teamster
# scene: gate
# time: dusk
# ambience: street
You drove north in September 1940, in a borrowed car with a bad clutch, and did not talk for the first two hundred miles. # invented
{epilogue_own_measures() >= 2:
    The doors you argued for went up. You still ask yourself whether one more lock would have mattered, and the answer is always the same: the man was let in because he was known. # invented
- else:
    You had not won many arguments about the gate. It would not have mattered; the man was let in because he was known. You tell yourself that most days. # invented
}
{classroom_cut: -> t_box}
On your last morning the others were on the roof and at the gate, as on any morning. # invented
* [Shake hands at the gate]
    ~ raise(trust_guards, 1)
    You go round and shake every hand, even the ones with grease on them. Somebody says "Write", and for once you mean to. # invented
* (tl_garage) [Look at the garage once more]
    You stand in the garage a minute with the doors shut. It smells of oil and hay, as it did in May. # invented
* (tl_early) [Leave before breakfast]
    You leave before breakfast, with no ceremony, because you do not trust your voice. # invented
- (t_box) Before you left, you had a box the size of a toolkit to fill.
* (tb_key) [Keep the key to the garage]
    You keep the old garage key. The steel doors had made it useless by July, but it was the door you had stood behind. # invented
* (tb_case) [Keep a brass cartridge case from the patio]
    You keep a cartridge case you picked up in the patio in May. It sits on a windowsill for forty years, and nobody who sees it asks. # invented
* (tb_roster) [Keep the duty roster with your name on it]
    You keep a duty roster, grease on one corner: tower duty, errands, canvas for sandbags. # invented
- {classroom_cut: -> teamster_ending}
Back in Minneapolis the trucks were the same and you were not.
* [Write to your mother first]
    ~ letters_home++
    You write to your mother from the first filling station over the border, the first letter in weeks that you do not have to soften. # invented
* [Write to the guards still in the house]
    ~ raise(trust_guards, 1)
    You write to the guards still on Avenida Viena: who is on the tower, whether the siren works now, whether anyone is feeding the rabbits. # invented
* (tw_nobody) [Write to nobody for a while]
    You write to nobody. The words would come out as engine noise. # invented
- -> teamster_ending

= teamster_ending
{
- trust_guards >= 3:
    -> teamster_crew
- letters_home >= 2:
    -> teamster_home
- else:
    -> teamster_quiet
}

= teamster_crew
# time: day
{not classroom_cut:
    The guards' letters keep coming, from Mexico and New York and then from places you have never been. # invented
}
Years later three of you meet in a diner off Highway 61 and talk about the Buick, the cactus in the patio, the night the roof was fired on, and not about the study. # invented
* (tc_cup) [Raise a cup to the ones who are gone]
    You put a cup down at the empty place, the way you once left a roll and a glass of milk for the man coming off the night shift. # invented
* (tc_ask) [Ask the question none of you asks]
    "Could we have stopped it?" The others look at the table. One of them says: "We searched nobody he called a friend. He would not have it." That is all anyone says. # invented
- -> teamster_late

= teamster_home
# time: day
Your mother kept every letter, tied with kitchen string, in the order they came. # invented
When you are old you read them again, and find that you told her about the hens, the rain on the guardroom roof and the Old Man's cactus, and never about the nights. # invented
* (th_niece) [Give the letters to your niece]
    You give them to your niece, who is studying history, and tell her to read the dates before the words. # invented
* (th_burn) [Burn the ones about May]
    You burn the two about May in the stove and keep the rest. Then, a week later, you are sorry. # invented
- -> teamster_late

= teamster_quiet
# time: night
For thirty years you do not talk about Mexico. You drive, you fix engines, you go to meetings and then stop going. # invented
In 1953 you read that the man in the Mexican prison has a real name. You cut out the item and put it in the box. # invented
* (tq_tell) [Tell someone at last]
    One winter you tell your neighbour the whole story in the garage, over a stripped-down carburettor. He listens without interrupting, which is all you wanted. # invented
* (tq_box) [Keep it in the box]
    You keep it in the box. But when the museum opens in Coyoacán, you buy a ticket to Mexico City. # invented
- -> teamster_late

= teamster_late
# time: dusk
{tl_early or tw_nobody: The box moves with you three times, and you never open it in front of anyone.|{tq_tell: The box moves with you three times; your neighbour helps you carry it the last time.|The box moves with you three times.}} # invented
One summer your grandson finds the box in the garage and holds up {tb_key:the old garage key|{tb_case:the brass cartridge case|the greasy duty roster}}. "What's this from?" # invented
* (tt_truth) [Tell him the truth, all of it]
    You tell him the truth, from the gate to the procession. It takes the whole afternoon, and he does not look at his watch once. # invented
* (tt_job) [Tell him it is from a job you had once]
    "A job I had once, guarding a man." It is true, and it is not the answer. He knows it, and lets you keep it for now. # invented
* (tt_give) [Give it to him]
    You give it to him and tell him to ask you about it when he is older. He asks the next day. # invented
- -> visitor

// ---------------------------------------------------------------- the Student
= as_student
# scene: library
# time: dusk
# ambience: house
You went back to New York that autumn with a suitcase of French books and a typewriter ribbon you forgot to give back. # invented
{known ? k_harte_past:
    You had known Bob before Mexico, and learned there how little anyone knew of him. The question of the garage door came home with you. # invented
- else:
    People asked you about Bob Harte as if you must know. You had shared a table with him for a few weeks; you knew his laugh, not his mind. # invented
}
{classroom_cut: -> s_take}
On your last afternoon the library was quiet, the typewriter covered. # invented
* (sl_note) [Leave a note under the typewriter cover]
    You leave a note under the cover for whoever types next: which key sticks, and where the good carbon paper is hidden. # invented
* [Find Seva to say goodbye]
    ~ raise(trust_seva, 1)
    You find Seva in the patio and say goodbye in French. He shakes hands like a grown man and then runs off to the rabbits. # invented
* (sl_none) [Go without goodbyes]
    You tell yourself you will write, and put off deciding to whom. # invented
- (s_take) Before you left, you chose one thing to take.
* (st_carbon) [A carbon copy of a page you typed]
    You take a carbon copy of one page you typed in the library: a list of names and dates for a chapter on the Moscow trials. # invented
* (st_photo) [A photograph of Bob in the patio]
    You take a snapshot of Bob in the patio, squinting, one hand against the sun. # invented
* (st_grammar) [A French grammar with your own notes]
    You take your own French grammar, the margins full of household words: lapin, grille, garde de nuit. # invented
- {classroom_cut: -> student_harte}
In New York there were letters to write.
* (sw_parents) [Write to Bob's parents]
    You write to Bob's parents about what he was like at breakfast, and not about what you do not know. # invented
* [Write to Seva in Coyoacán]
    ~ raise(trust_seva, 1)
    You write to Seva, in simple French, about the snow and the subway, and ask him to give the rabbits your regards. # invented
* [Write home to your family]
    ~ letters_home++
    You write home, though home is across the river: it is easier than saying it at the kitchen table. # invented
- -> student_harte

= student_harte
{not classroom_cut:
    Decades pass and the question of Bob does not close. # invented
}
His friends and the party he served said he was an innocent guard, kidnapped and murdered. The plaque in the house reads: murdered by Stalin. # cite: museum_site
In 1999 a book drawn from the KGB archives said he had opened the door to a man he knew, had been horrified by the shooting, and was killed so that he could not talk. # cite: mit
Other accounts call him a Soviet agent himself, killed when he had second thoughts. # cite: wsws
{not classroom_cut:
    A member of his own family, writing in 2020, drew a more uncertain and more human picture. # cite: lq
}
A young historian writes to ask what you think{sw_parents:; you think first of the letter you wrote his parents}. You answer:
* (sh_victim) [He was a victim, whatever happened at the door]
    "He was a victim, whatever happened at the door. He was barely twenty-five, and they killed him." # view: harte_victim # invented
* (sh_deceived) [He was deceived, not a traitor]
    "I think he opened the door to someone he believed was a friend. That is not the same as knowing." # view: harte_deceived # invented
* (sh_agent) [He may have been working for them]
    "I have to allow that he was one of theirs. I do not like it. I cannot rule it out." # view: harte_agent # invented
* (sh_unsure) [I do not know, and I will not pretend]
    "I knew him at breakfast. I do not know what he did at four in the morning, and nobody who says they do was there." # view: harte_unsure # invented
- -> student_ending

= student_ending
{
- trust_lt >= 3:
    -> student_teacher
- known ? k_moscow_trials || known ? k_sedov:
    -> student_archive
- else:
    -> student_drift
}

= student_teacher
# time: day
You become a teacher of French and history in a public high school in Queens. # invented
Every year a student asks why you go quiet when the class reaches 1940. # invented
* (stt_study) [Tell the class about the study]
    You tell them about a bare room with a long table, and a man who knew what was coming and went on working in it. # invented
* (stt_vol) [Tell them about the volunteers]
    You tell them about a handful of young people with old pistols and no money, against a state, and let them decide what that was. # invented
- -> student_late

= student_archive
# time: day
You spend your working life in libraries, cataloguing other people's papers{sl_note:, and leaving notes for whoever comes next}. # invented
In the 1980s you go to Harvard to read the exile papers, and find a page of your own typing there, known by a mistake you corrected by hand. # invented
* (sa_copy) [Ask for a copy]
    You ask for a copy. The clerk looks at you a long moment and does not ask why. # invented
* (sa_leave) [Leave it where it is]
    You leave it where it is. It belongs to the record now, not to you. # invented
- -> student_late

= student_drift
# time: night
You drift from the movement, slowly and then all at once, and become a clerk in an insurance office, and are good at it. # invented
You keep the French books. Sometimes you open one and a pressed eucalyptus leaf falls out. # invented
* (sd_keep) [Keep the leaf]
    You put the leaf back where it was. # invented
* (sd_send) [Send it to the museum]
    When the museum opens you send the leaf to Coyoacán, with a note and no return address. # invented
- -> student_late

= student_late
# time: night
{st_photo: In the 1970s a publisher who has seen your snapshot of Bob asks you to set down your memories of the house.|{st_carbon: In the 1970s a publisher who has heard of your carbon copy asks you to set down your memories of the house.|{st_grammar: In the 1970s a publisher asks you to set down your memories of the house, and you find your French grammar full of its words.|In the 1970s a publisher asks you to set down your memories of the house.}}} # invented
* (sp_publish) [Write it all down, and publish it]
    You write it in a winter of evenings. It sells a few hundred copies; a schoolteacher in Ohio writes that she reads a chapter to her class every year. # invented
* (sp_drawer) [Write it, and keep it in a drawer]
    You write it and put it in a drawer. Some things you can only say once you are sure no one will read them. # invented
* (sp_refuse) [Refuse]
    You refuse. Others who were there have written; you will not add one more version of the same night. # invented
- -> visitor

// ---------------------------------------------------------------- the Mexican comrade
= as_mexican
# scene: street
# time: day
# ambience: street
You did not go anywhere. Coyoacán was home before Avenida Viena and it stayed home after. # invented
{not classroom_cut:
    The Americans went north one by one, with addresses written on cigarette papers. You stayed with the street, the market and the tram to the centre. # invented
}
{trust_police >= 2:
    The policemen in the brick hut outside still nod to you in the street. One of them tells you, years later, that he had never been so afraid as on the night they were tied up. # invented
- else:
    The police post outside the walls changed its men, and the new ones did not know your face. You were glad of it. # invented
}
{classroom_cut: -> m_keep}
On your last day of duty you handed back the pistol and the key to the guardroom. # invented
* [Say goodbye at the brick hut]
    ~ raise(trust_police, 1)
    You stop at the police hut and shake hands with the men inside. One of them offers you a cigarette and says you will be missed at the gate. # invented
* (ml_walk) [Walk round the outside of the walls]
    You walk once round the outside of the walls, slowly, the way you used to on patrol, and look at the towers from the street. # invented
* (ml_home) [Go straight home]
    You go straight home to your mother's kitchen and eat, and nobody asks anything. # invented
- (m_keep) Some things from the house stayed with you.
* (mk_cactus) [A cutting from the cacti in the patio]
    You take a cutting from one of the cacti the Old Man dug up in the country, and plant it in a tin by your mother's door. It outlives her. # invented
* (mk_paper) [A copy of the newspaper that called the raid a fake]
    You keep a copy of the paper that called the May raid a "self-attack", folded small, to remember what people were told. # cite: comintern
    You never throw it away. # invented
* (mk_nothing) [Nothing you can hold]
    You take nothing. The street is enough to remember by. # invented
- {classroom_cut: -> mexican_ending}
You had letters to write, too, and people who wanted answers.
* [Write to the American guards who went home]
    ~ raise(trust_guards, 1)
    You write to the Americans in your careful English, and they answer in worse Spanish. # invented
* [Write to your brother in Monterrey]
    ~ letters_home++
    You write to your brother in Monterrey and tell him everything, because he is far enough away to hear it. # invented
* (mw_editor) [Write a letter to the editor]
    You write to a newspaper that is still printing lies about the house. They do not print you. You write again. # invented
- -> mexican_ending

= mexican_ending
{
- trust_police >= 3:
    -> mexican_courts
- known ? k_comintern_press:
    -> mexican_press
- else:
    -> mexican_barrio
}

= mexican_courts
# time: day
{not classroom_cut:
    You go to the courts whenever the case comes up, and sit at the back with your hat on your knees. # invented
}
You are in the gallery in April 1943 when the sentence is read out: twenty years. Nobody cheers. # invented
* (mc_look) [Look at the prisoner]
    You look at him. He looks like what he said he was, a businessman, tired, and that frightens you more than anything. # invented
* (mc_floor) [Look at the floor]
    You look at the floor until it is over. # invented
- -> mexican_late

= mexican_press
# time: day
You learn to set type. For thirty years you answer printed lies with printed facts, a column at a time. # invented
{not classroom_cut:
    The shop prints wedding invitations and saints' day cards to pay the rent; the columns go out at night, under other people's names as often as your own. # invented
}
When the name Mercader is published you set the headline yourself, and your hands are steady. # invented
* (mp_keep) [Keep the proof]
    You keep the first proof of the page, ink still soft. # invented
* (mp_give) [Give the proof away]
    You give it to the apprentice, who is seventeen, and tell him to read the whole story before he sets a single line of it. # invented
- -> mexican_late

= mexican_barrio
# time: dusk
{not classroom_cut:
    You stay in Coyoacán. You marry, or you do not; you work, you get old. You walk past the high walls almost every day. # invented
}
In August 1990 the gates open to the public, and you stand in the queue with schoolchildren. # invented
* (mb_in) [Go in]
    You go in. The garden is smaller than you remember. # invented
* (mb_wait) [Wait outside a while]
    You wait outside by the old river bed, where the women used to wash clothes, until the queue is gone. Then you go in. # invented
- -> mexican_late

= mexican_late
# time: dusk
By then the river bed has been paved over and the street is full of buses. The brick hut is long gone; a newspaper stall stands where it was{mk_cactus:, and the cactus from the patio still grows in its tin by your door|{mk_paper:, and it still sells the paper whose old lie you keep folded in a drawer|{mk_nothing:, and you have nothing from the house but the street itself}}}. # invented
A young neighbour who has just moved to the street calls the house with the towers "the gringos' fortress". # invented
* (ml_right) [Put him right]
    You put him right, politely{mw_editor:, the way you used to write to the editors}: a Russian family lived there, and the guards came from Minneapolis and New York and from this same street. He had not known. # invented
* (ml_saw) [Tell him what you saw]
    You sit him down on your step and tell him what you saw, from the brick hut to the procession, and he stays until his wife calls him in. # invented
* (ml_let) [Let it go]
    You let it go. The name is wrong, but the walls are right: it was a fortress, and it was not enough, and one day he will read the plaque and work out the rest. # invented
- -> visitor

// ---------------------------------------------------------------- all roles: the museum, decades later
= visitor
# scene: museum
# time: day
# ambience: garden
# music: epilogue
On another visit, years on, you stand {ep_wall:at the bedroom window again|{ep_study:at the rope across the study door again|{ep_stone:by the stone again|in the garden}}}, an old visitor among the others. # invented
{
- mu_tell: A schoolgirl with a notebook has heard that the museum's founder shook your hand, and comes straight over. # invented
- trust_seva >= 3: A schoolgirl with a notebook has seen you look for the boy's room first, and guesses. # invented
- trust_natalia >= 3: A schoolgirl with a notebook sees you stop at the stone where Natalia's ashes lie, and guesses. # invented
- trust_guards >= 3 or trust_police >= 3: A schoolgirl with a notebook sees you look up at the towers as if to check who is on duty, and guesses. # invented
- else: A schoolgirl with a notebook can tell from the way you look at the towers that you have been here before. # invented
}
{mu_slip or mu_right: "I saw you at one of Esteban Volkov's talks," she says. "Were you here? Then?"|"Were you here? Then?"} # invented
* (vi_raid) [Tell her about the night of the raid]
    You tell her about a noise you took for fireworks, and the dark, and then the morning, when everyone counted heads and one was missing.{sq_angry: You are still angry at the painter, and you say so.|{sq_mural: You tell her the man who led them painted very well.|{sq_see: You tell her how a court let the painter go, and why.}}}{ann_quiet or ann_pass or walked_dark: You do not tell her about the days you kept to yourself.|{sv_boy or sv_sister: You tell her about a boy with a bandaged foot.}} # invented
* (vi_days) [Tell her about the ordinary days]
    You tell her about the rabbits and the hens, the break at eleven, the typewriter going in the library all afternoon. The ordinary days were most of it.{yu_table or yu_seva or yu_listen: You tell her about the granddaughter nobody in the house knew of.|{nat_tea or nat_raid: You tell her about Natalia's tea at five.}} # invented
* (vi_coat) [Tell her about the man in the raincoat]
    You tell her about a polite man {nm_mornard:the court called Mornard|{nm_none:you never name|{nm_jacson:the house called Jacson|called Jacson}}}, with a raincoat over his arm on a fine day, whom everybody knew, which was the whole trouble.{known ? k_spain: You tell her where he had been made: in Spain.|{known ? k_jacson_story: You tell her how his story changed.}}{tw_wrong: You tell her the men who sent him were never tried.|{tw_law or tw_none: You tell her he served nineteen years and eight months.}}{mind_face or known ? k_sylvia: You do not tell her everything you thought when you learned his name.} # invented
* (vi_wall) [Show her the wall, and say nothing]
    You do not say anything. You walk her to the bedroom window and point at the holes in the plaster, and she writes for a long time. # invented
-
{role:
    - teamster: "Could you have stopped it?" she asks. You say what {tc_ask:the others said in the diner|you have always said}: that you were young, that you did your shifts, and that nobody at the gate could refuse a friend.{tc_ask or th_niece or tq_tell or tt_truth: You have told it before, and it comes easier now.|{tc_cup or th_burn or tq_box or tt_job or tt_give or tl_garage: You have kept most of it to yourself, and it comes out slowly.}} # invented
    - student: "Was it worth it?" she asks. {sh_unsure or sa_leave:You tell her historians still argue about it, and you will not decide it for her.|{sh_victim or sh_deceived or sh_agent:You tell her what you told the young historian about Bob, and that the rest is hers to decide.|You tell her historians still argue about it.}}{sp_publish or sp_drawer or stt_study or stt_vol: You have told it in a classroom or on paper; she is one more listener.|{sp_refuse or sa_copy or sd_keep or sd_send or sw_parents or sl_none: You have hardly told it to anyone.}} # invented
    - else: "Did the neighbours know?" she asks. You tell her everyone in Coyoacán knew{mc_look:, that you once saw the prisoner's tired face,|{mc_floor:, that you could not look at the prisoner in court,}} and that knowing did not keep anyone safe.{ml_right or ml_saw or mp_keep or mp_give: You have told it often on your own street.|{ml_let or mb_in or mb_wait or ml_walk or ml_home: You have rarely said it aloud.}} # invented
}
She writes your answer down{letters_home >= 4:, and you tell her it is all in your old letters home, if anyone kept them}. Then she asks one more thing: "Do you still think about it?" # invented
* (vq_aug) ["Every August"]
    "Every August. The rest of the year, only when it rains at night on a tin roof." # invented
* ["Less than I should"]
    "Less than I should. Most days I think about my knees and the price of bread. Then someone like you asks." # invented
* ["Only when someone asks"]
    "Only when someone asks. So thank you, I think." # invented
- She thanks you and runs to catch her class. {vi_wall:She looks back once at the bedroom window.|{vi_coat:At the gate she turns and looks at the study windows.|{vi_raid or vi_days:You hear her telling a friend what you said.|You stay a while by the stone.}}} # invented
{classroom_cut: -> v_end}
Before you go, you leave something of your own.
* [Buy a marigold at the stall outside and lay it down]
    You lay a marigold from the stall outside on the grass, beside the others. # invented
* [Write your name in the visitors' book]
    You write your name and the years, 1940 and this one, in the visitors' book, in small letters. # invented
* [Rest a hand on the stone]
    You rest your hand flat on the stone for a moment. It is warm from the sun. # invented
- (v_end)
What would you have told her? # pause
-> END

// Player-proposed measures that ended up in the house (the historical ones are added on every path in ch4).
=== function epilogue_own_measures()
~ return LIST_COUNT(house ^ (alarm_tested, police_checked, night_rota, visitor_log, two_guard_gate, sandbags_early))
