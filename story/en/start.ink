// The opening: content note, framing, and the role card choice. Sets `role`, then runs the story from ch1.
=== start
# scene: plan
# time: dawn
# music: title
# ambience: wind
A note before you begin. # class: note
This story includes political violence and a killing. It is shown without gore, but it is not softened. Every person in it who has a real name was real; what they say and do here follows the historical record, and the archive shows the source for each fact. You, and your friends, are invented. # class: note
* [Begin]
-
# clear
Avenida Viena, 1940 # class: title
Coyoacán, on the southern edge of Mexico City. Spring, 1940. # cite: pat
Behind a high wall at the end of a dirt road lives Leon Trotsky: founder of the Red Army, now a stateless exile whom Stalin's courts have named the arch-enemy. Mexico, under President Cárdenas, took him in at the painter Diego Rivera's request. # cite: pat
With him live his wife, Natalia Sedova, his grandson, two old friends from Paris, a few secretaries, and a handful of young volunteers who keep watch at night with a few guns, little money and a great deal of faith. # cite: pat
You know how this ends. In May, twenty-odd men in police and army uniforms will come over that wall, or through that door, with machine guns. In August, a man the guards know by sight will come in with a raincoat over his arm. # cite: pat
The household does not know. They know only that Stalin wants the Old Man dead, and that they are all that stands between. # cite: han40
You will not change what happened. You can choose how you stand inside it: what you notice, whom you trust, what you ask, and what you carry away. # invented
Who are you? # class: note
-> cards

= cards
The Teamster. # class: title
You drove a truck in Minneapolis and walked the picket lines in the strikes of 1934; you still have the scar where a deputy's club caught your eyebrow. The union sent you south because you can fix an engine, drive anything with wheels and strip a pistol in the dark. You believe in organised workers more than in speeches. You will notice the cars, the garage, the errands in town, and the guards' endless argument about discipline. # invented
The Student. # class: title
You are twenty, from the Bronx, on leave from City College with a suitcase full of books, and you read French better than you speak Spanish. You joined the youth group because the Moscow trials made you sick. Bob Harte, whom you know from meetings in New York, will be coming down too; you have promised to show him the ropes. You will notice the library, the secretaries' work, the political quarrels, and your friend. # invented
The Mexican comrade. # class: title
You were born three streets from the Churubusco river, you work nights at a print shop in Coyoacán, and you joined the small Mexican group of the Fourth International after the Moscow trials. You speak Spanish first and English slowly. You know the police at the brick hut by name, the cook's cousins, and what El Popular printed this morning. You will notice the street, the kitchen, the newspapers, and the courts. # invented
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
