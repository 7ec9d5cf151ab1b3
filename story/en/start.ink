// The opening: content note, framing, and the role card choice. Sets `role`, then runs the story from ch1.
=== start
# scene: plan
# time: dawn
# music: title
# ambience: wind
A note before you begin. # class: note
This story shows political violence, violent deaths and the slanders printed about real people, without gore but not softened. Every real name is a real person. What they do, and the words the story quotes from them, follow the historical record, and the archive gives the source of each fact. The everyday things they say to you are invented, and the archive marks every invented line. You and your friends are invented. # class: note
* [Begin]
-
# clear
Avenida Viena, 1940 # class: title
Coyoacán, on the southern edge of Mexico City. Spring, 1940. # cite: pat
Behind a high wall at the end of a dirt road lives Leon Trotsky, founder of the Red Army, now a stateless exile whom Stalin's courts call the arch-enemy. Mexico's President Cárdenas took him in at Diego Rivera's request. # cite: pat
With him live his wife, Natalia Sedova, his grandson, two old friends from Paris, secretaries, and young volunteers who keep watch at night with a few guns and much faith. # cite: pat
You know how this ends. In May, twenty-odd men in police and army uniforms will come over that wall, or through that door, with machine guns. In August, a man the guards know by sight will come in with a raincoat over his arm. # cite: pat
The household does not know. They know only that Stalin wants the Old Man dead, and that they are all that stands between. # cite: han40
You will not change what happened. You choose how you stand inside it: what you notice, whom you trust, what you carry away. # invented
Who are you? # class: note
-> cards

= cards
The Teamster. # class: title
A Minneapolis truck driver, you walked the picket lines in 1934; a deputy's club scarred your eyebrow. The union sent you south because you can fix an engine, drive anything and strip a pistol in the dark. You will notice the cars, the errands in town, and the guards' argument about discipline. # invented
The Student. # class: title
Twenty, from the Bronx, on leave from City College; you read French better than you speak Spanish. The Moscow trials brought you into the youth group, and your friend Bob Harte is coming down too. You will notice the library, the secretaries' work, the political quarrels, and your friend. # invented
The Mexican comrade. # class: title
Born three streets from the Churubusco, you work nights at a Coyoacán print shop and joined the small Mexican group of the Fourth International after the Moscow trials. Spanish first, English slowly; you know the police at the hut by name. You will notice the street, the kitchen, the newspapers, and the courts. # invented
* [The Teamster]
  ~ role = teamster
  You pack a toolbox, two shirts and your mother's rosary, which you do not believe in and cannot leave behind. # invented
* [The Student]
  ~ role = student
  You pack a French dictionary, a copy of the Dewey Commission's report, and a promise to write to your sister every week. # invented
* [The Mexican comrade]
  ~ role = mexican
  You tell your mother you will be sleeping at the house some nights. She crosses herself and wraps you two tortas. # invented
-
-> ch1_arrival
