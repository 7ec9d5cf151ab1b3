// Chapter 6: Tuesday 20 August 1940 (record.md §1.4, §2.7, §3.5, §5.4, §5.5).
// Every path passes `# record: attack_1940_08_20` once, in the stitch `the_cry`.
// The hours before the attack are ordinary on purpose: the hutches, the roster, the doors, tea at five.
// No gore: the blow is named, never described.
=== ch6_attack
# checkpoint: ch6_attack
# scene: patio
# time: dawn
# music: house
# ambience: garden
Tuesday, 20 August 1940 # class: title
-> morning

= morning
# sfx: rooster
Natalia would remember that he woke in good spirits that morning, and said so. # cite: deu
He feeds the rabbits and the chickens first, as he does every morning. # cite: deu
{classroom_cut: -> afternoon_by_role}
You come past the hutches with two mugs of coffee from the guardroom{trust_lt >= 3:, and he looks up as if he had expected you}. # invented
* [Wish him good morning.]
    He answers with a nod and a word, and goes back to the rabbits. You carry it with you all the way to the tower. # invented
    ~ raise(trust_lt, 1)
* (held) [Hold the wire doors while he fills the troughs.]
    You hold each door while he works down the row. He looks every animal over as if it might have something to report. Neither of you speaks, and it does not feel like silence. # invented
* (gave_room) [Give him room, and take the long way round by the hen-house.]
    A man who lives behind guards should have a few minutes a day unwatched. You give him what you can. # invented
- Then he pulls off the gloves and goes in to work. # cite: deu
-> roster

= roster
# scene: guardroom
# ambience: house
# time: day
The August roster inside the guardroom door lists the work beside the watches: canvas to cut for sandbags, rubbish to haul, the siren and spotlights to mount, buzzers to test. # cite: sch
Against your name this morning someone has pencilled "odd jobs"{house ? night_rota:, under the staggered breaks you asked for}, which means whatever nobody else has time for. # invented
* (canvas) [Cut canvas for sandbags.]
    In the shade of the wall you cut canvas until your palm blisters, and try not to think about what the bags are meant to stop. # invented
* (barrow) [Barrow the builders' rubbish out to the road.]
    Labourers are putting a second storey on the guards' quarters this month. # cite: sch
    You wheel broken brick and lime sacks out to the road, and every load means the outer door, the tower, and the door again. # invented
* [Test the buzzers in the guards' rooms.]
    You go from room to room, pressing and listening. {house ? alarm_tested:The one you spliced in the middle of the month answers at once; another|One buzzer} answers a breath late, and you write it down. Since May nobody here takes a bell on trust. # invented
    ~ house += alarm_tested
- -> lawyer

= lawyer
# scene: gate
By one account a lawyer comes at about one o'clock about the libel case against El Popular. # cite: ss
He rings at the street, and is let in the way everyone is now: one guard at each door. # invented
* (outer) [Take the outer door, pistol in hand.]
    You open the steel door with the gun drawn, and a man in a good suit looks at it, then at you, and lifts his briefcase like a passport. You feel foolish, and you do not put the gun away. # invented
* (button) [Take the tower, and work the button for the inner grille.]
    # scene: tower
    From the tower you see the whole street: the police hut, the dry river bed, the lawyer's hat. You press the button, and below you the grille swings open. # invented
- After lunch the Old Man rests a little, then dictates into the machine in the study. # cite: ss
-> siesta

= siesta
# scene: tower
# sfx: hammer
Up on the roof, by the main tower, Joe Hansen, Charles Cornell and Melquíades Benítez are wiring the new siren into the alarm system. # cite: han40
{classroom_cut: -> afternoon_by_role}
* [Carry a bucket of water up the ladder to the roof.]
    The three men drink from the dipper in turn and go straight back to the wires. # invented
    ~ raise(trust_guards, 1)
* (slept) [Sleep an hour on a cot in the guardroom.]
    You lie down with your boots on, meaning only to rest your eyes, and wake to the click of pliers on wire not knowing what day it is. # invented
* [Read the old newspapers someone has kept on the guardroom table.]
    Someone has kept the Communist papers from the spring in a pile, to answer them one day. The May raid was staged by Trotsky himself, they said; a self-attack, to win sympathy. # cite: comintern
    {known ? k_comintern_press:You have read it all before, and it is no less sure of itself now.|You read the same paragraph twice, because it is so sure of itself.} # invented
    ~ known += k_comintern_press
- -> afternoon_by_role

= afternoon_by_role
{
- role == teamster: -> teamster_afternoon
- role == student: -> student_afternoon
- else: -> mexican_afternoon
}

// ---------- The Teamster: the garage ----------
= teamster_afternoon
# scene: gate
The household's Ford has been coughing on the hills again, and you have the carburettor in pieces on a rag by the garage wall. # invented
{classroom_cut: -> t_work}
It is the best hour of the day in the garage, with nobody needing to be driven anywhere. # invented
- (t_work)
* (carb) {t_work < 3} [Finish the carburettor before the light goes.]
    You lay out the jets in a row and blow them clear one by one. It is slow, careful work, the kind that lets you stop thinking. # invented
    # sfx: car_engine
    By five the engine turns over and catches, and settles into a sound you can trust. # invented
    ~ raise(trust_guards, 1)
    {classroom_cut: -> arrival}
    -> t_work
* (cable) {t_work < 3} [Feed cable up to the men on the roof.]
    Cornell leans over the parapet and asks for the coil of wire by the tower stair. You send it up on a rope, and then the pliers, and then the tape. # invented
    The siren is one more thing the house has learned since May: a sound that can reach the police hut, the neighbours and the whole of Coyoacán at once. # cite: han40
    {classroom_cut: -> arrival}
    -> t_work
* {t_work < 3} [Write the letter you owe your mother.]
    ~ letters_home++
    Dear Ma, the car is running again and so am I. We are putting a siren on the roof, loud enough to wake Minneapolis. Don't worry about the papers. Nobody here does. # class: letter # invented
    The last part is a lie. # invented
    {classroom_cut: -> arrival}
    -> t_work
+ [Wipe your hands and go out to the gate.]
    -> builders

// ---------- The Student: the library ----------
= student_afternoon
# scene: library
# ambience: house
# sfx: dictaphone
The long statement for the Mexican court was finished yesterday. # cite: lt_cgpu
{classroom_cut: -> s_work}
Today the cylinders from the dictating machine come out of the study in a box, and the typists turn them into letters. # invented
Bob used to sit on the corner of your desk and read your mail upside down and argue with it. Since June{known ? k_harte_past:, and since the plaque,} you keep your elbows off that corner without ever having decided to. # invented
- (s_work)
* (read_statement) {s_work < 3} [Read the finished statement for the court.]
    "The Comintern and the GPU" runs page after page: how the May raid was organised, who stood behind it, how the Communist press first called it a self-attack. It is written for a judge, and it reads like a prosecution. # cite: lt_cgpu
    ~ known += k_comintern_press
    {classroom_cut: -> arrival}
    -> s_work
* (french) {s_work < 3} [Check the French in a letter to Paris.]
    Your French is better on paper than aloud. You mark two commas and a wrong tense in pencil and feel, for a quarter of an hour, useful in the way you imagined when you came. # invented
    {classroom_cut: -> arrival}
    -> s_work
* {s_work < 3} [Write to Miriam about Bob.]
    ~ letters_home++
    Dear Miriam, they finished the long statement yesterday. Bob is in it, as evidence. I keep thinking he would have hated that, and then that he would have been proud. # class: letter # invented
    {classroom_cut: -> arrival}
    -> s_work
+ [Take the finished pages out to the patio to read in the sun.]
    -> builders

// ---------- The Mexican comrade: the street ----------
= mexican_afternoon
# scene: street
# ambience: street
You spend the afternoon on the outside of the wall, where you are most use. # invented
{classroom_cut: -> m_work}
Your mother has asked you to come for coffee, and you have promised. # invented
- (m_work)
* {m_work < 3} [Buy greens for the rabbits at the market.]
    # scene: market
    # ambience: market
    The woman at the vegetable stall knows where the lettuce is going and gives you the outer leaves for nothing. "For the old man's rabbits," she says, and will not take your coin. # invented
    ~ raise(trust_lt, 1)
    {classroom_cut: -> arrival}
    -> m_work
* {m_work < 3} [Stand at the hut while the siren is tested.]
    Agente Rosales{trust_police >= 3:, who tells you everything now,} wants to know how loud it will be. You tell him loud enough for the inspector in town. He says the inspector has never heard anything in his life. # invented
    The police detail outside the house is three times what it was in May. Rosales says it is three times as bored. # cite: han40
    ~ raise(trust_police, 1)
    {classroom_cut: -> arrival}
    -> m_work
* (coffee) {m_work < 3} [Stop in at your mother's for coffee.]
    # ambience: house
    Your mother has the radio on. She turns it down to ask about your feet, your food, and whether the Russian has paid anyone yet. You tell her nobody is paid, and she looks at you as if you have confessed to something. # invented
    {classroom_cut: -> arrival}
    -> m_work
+ [Go back to the gate.]
    -> builders

// ---------- Towards five: shared ----------
= builders
{classroom_cut: -> arrival}
# scene: gate
# ambience: garden
Towards five the labourers on the guards' new storey put down their trowels. # invented
Going out takes the tower guard's say-so now, the same as coming in. # cite: sch
* (counted) [Count them out through the doors, one by one.]
    ~ watchful++
    You count them on your fingers as they pass: the same number that came in this morning. In April nobody in this house would have thought of it. # invented
* (saw_off) [Leave the counting to the tower, and see them off.]
    They are local men with lime to the knees, and they call goodbye to you as if you were one of the crew. # invented
- -> tea

= tea
# scene: patio
At about five the Old Man and Natalia take their tea together. # cite: volk
* [Carry the tray out from the kitchen.]
    You carry it carefully, pot and two cups, and set it down without a rattle. Natalia thanks you in French{trust_natalia >= 3:, and by your name}. # invented
    ~ raise(trust_natalia, 1)
* (away) [Keep well away, and leave them their quarter of an hour.]
    You find work at the far end of the compound and do not look toward the house. A quarter of an hour with nobody listening is the rarest thing the two of them have. # invented
- Afterwards he goes back out to the hutches for the evening feed and pulls the work gloves on again. # cite: sch
-> arrival

// ---------- About 5:20 p.m.: shared ----------
= arrival
# scene: gate
# ambience: garden
# music: dread
Between twenty past five and half past, the Buick comes down Avenida Viena and stops by the wall. # cite: han40
Jacson calls up to the men wiring the siren on the roof and says a few words with them. They know him. The doors are opened. # cite: han40
He wears a hat. Over his arm he carries a raincoat, on a fine, hot afternoon. # cite: pat
{watchful >= 2: The same hat and coat as Saturday, under the same bare sky. You noticed then; you notice now; noticing is all the house lets you do. # invented}
{
- lawyer.outer:
    At one you drew a pistol on a lawyer at this door. On this man nobody draws. # invented
- lawyer.button:
    At one you pressed the button for a lawyer; now the grille opens for this man as easily. # invented
}
{
- role == teamster:
    You are close enough to hear the Buick's engine tick as it cools. He has driven it hard. He looks at you as he passes the garage, and through you. # invented
- role == student:
    You meet him in the patio with your pages under your arm. He walks past you without a word, the coat held close against his side. # invented
- else:
    You are at the hut when he parks. Rosales lifts two fingers to his cap; the man does not see it. You watch the coat go in through the steel door, and the door close. # invented
}
- (at_door)
* [Tell the guard at the door to turn him away.]
    -> refuse
* (wrote_him) {house ? visitor_log} [Write him into the book.]
    You write the name and a time, twenty-something past five, in a hand that is not quite steady. Later, when the police ask for the book, the last line will be yours. # invented
    {classroom_cut: -> hutches}
    -> at_door
* [Ask to look inside the coat before he goes any further.]
    ~ watchful++
    You say it half as a joke: a coat like that, on a day like this, wants looking into. # invented
    Nobody laughs, and nobody moves. A friend of the house is not patted down like a suspect: that is the Old Man's rule, and this one has been in and out of the house since May. # pushback: search_jacson # cite: han40
    ~ proposals_refused++
    {classroom_cut: -> hutches}
    -> at_door
* [Say something about the coat to the man beside you.]
    ~ watchful++
    The man beside you shrugs. The afternoons turn quickly in August, and a businessman is a businessman. # invented
    {classroom_cut: -> hutches}
    -> at_door
+ [Let him go on into the garden.]
    -> hutches

= refuse
You say it plainly: not today. Send him away, or make him wait at the door until someone asks the Old Man. # invented
The Old Man himself asked Jacson to come back with the article revised. The men on the roof know him; the guards know him; he has been coming and going since May. There is no order to keep him out, and nothing anyone can point to. # pushback: refuse_jacson_aug20 # cite: pat
~ proposals_refused++
* (went_after) [Go after him and keep him in sight.]
    You follow across the patio at a distance, far enough not to be rude, near enough to see his hands. They are both on the coat. # invented
    -> hutches
* (let_go) [Let it go.]
    You let it go. You will think about letting it go for the rest of your life. # invented
    -> hutches

= hutches
# scene: patio
The Old Man is at the rabbit hutches in his work gloves. The visitor comes over and takes off his hat. # cite: volk
Natalia comes out and sees them. The visitor says he is very thirsty. He refuses tea; he had a late lunch, he says. He drinks a glass of water. His face, Natalia would say, was greenish, and he was nervous. # cite: volk
She asks him why he has a hat and a coat on such a day. "Because it might rain," he answers. # class: quote # cite: volk
He says he has brought the article, typed now, and that he and Sylvia are leaving for New York tomorrow. # cite: volk
The Old Man does not want to leave the rabbits. He finishes, locks the hutches, pulls off his gloves, and walks toward the house with Natalia and the visitor. # cite: deu
Natalia leaves them at the study door and goes into the next room. # cite: deu
- (watching)
* (followed) [Follow them toward the study.]
    You get as far as the library before someone stops you with a look. It is not a rule anyone wrote down; it is the way the house works. # invented
    The Old Man receives his visitors alone. For three years the men guarding him have asked him not to, and he has refused. # pushback: stay_in_study # cite: han40
    ~ proposals_refused++
    -> the_cry
* [Stay where you are, at your post.]
    {
    - role == mexican:
        You stay at the hut, where you belong. The street is very quiet; over the wall a hen complains once and stops. # invented
    - else:
        You stay where you are. The patio is very quiet. The rabbits shift in their straw. # invented
    }
    -> the_cry

// ---------- The attack: shared, on every path ----------
= the_cry
# scene: patio
# ambience: none
# music: none
A cry comes out of the house, and every head in the compound turns to it. # record: attack_1940_08_20 # cite: han40
{not classroom_cut: Hansen, on the roof, would describe it as long and terrible, "half scream, half sob". # class: quote # cite: han40}
Inside the study, the Old Man had sat down at his desk to read the typed pages. The man behind him took an ice axe from where he had hidden it and struck him once on the back of the head. # cite: pat
{not classroom_cut: Where the axe was hidden is told two ways: under the raincoat over his arm, as most accounts have it, or hung on a string under his jacket. # cite: axe}
The Old Man did not fall. He came up out of his chair, threw whatever was on the desk at the man, and fought him with his hands. He bit the man's hand. # cite: time
# music: dread
{not classroom_cut: On the roof Melquíades Benítez brings his rifle up at the study window. Hansen shouts to him not to shoot: he might hit the Old Man. # cite: pat}
{
- hutches.followed:
    You are in the library when it comes, two rooms from the study, and for one long second you cannot move at all. # invented
- refuse.went_after:
    You are standing where you could see his hands until the study door closed on them. You are the first to move, and still too late. # invented
- role == teamster:
    You are already running from the garage before you know you have decided to. # invented
- role == student:
    You drop the pages. They go across the patio in the wind like birds. # invented
- else:
    You hear it from the street, over the wall, and then the agents at the hut are shouting at you, and you at them. # invented
}
-> struggle

= struggle
# scene: dining
# ambience: house
The Old Man comes out of the study into the dining room, his glasses gone, blood on his face. # cite: pat
"See what they have done to me!" is one of the things he is remembered saying. # class: quote # cite: pat
Natalia reaches him. They go out toward the balcony together, and there he sinks to the floor. # cite: pat
Harold Robins is first into the study. He finds the visitor standing there with a pistol, strikes him over the head with the butt of his revolver, and takes the pistol away. # cite: pat
Hansen and Cornell come down from the roof and into the study, and the man is beaten. # cite: pat
{not classroom_cut: Time would also name Jake Cooper among those who held him. # cite: time}
{not classroom_cut: In the struggle Hansen's right hand is broken. # cite: pat}
The man is crying out now, again and again, that they have imprisoned his mother. # cite: pat
He begs the guards to kill him. # cite: sf_examiner_1940
{classroom_cut: -> words}
- (minutes)
* {minutes < 3} [Get to the Old Man and Natalia.]
    You kneel a little way off, because there is no room nearer. Natalia is bent over him. Whatever she is saying to him is in Russian, and it is not for you. You hold out a clean handkerchief, and someone takes it. # invented
    ~ raise(trust_natalia, 1)
    -> minutes
* (saw_desk) {minutes < 3} [Go to the study door.]
    # scene: study
    Papers lie everywhere. The guards have the man down. Nobody needs you there, and you are glad of it. # invented
    On the desk, untouched, is the Old Man's small automatic pistol. The alarm button beside it was never pressed. # cite: pat
    {house ? alarm_tested: Every buzzer in the house works. You tested them yourself. # invented}
    -> minutes
* {minutes < 3} {role == mexican} [Bring the agents in from the hut.]
    # scene: gate
    You run them in through the steel doors yourself, three of them, their boots loud on the flagstones. One of them is Rosales, and he is white as paper. # invented
    ~ raise(trust_police, 1)
    -> minutes
* (car_out) {minutes < 3} {role == teamster} [Get a car out into the street, ready to go.]
    # scene: gate
    # sfx: car_engine
    You back the Ford out into the road with the doors open and the engine running, so that whatever comes next will not have to wait for you. # invented
    -> minutes
* (pages) {minutes < 3} {role == student} [Gather the typed pages from the study floor for the police.]
    # scene: study
    You pick up only what lies near the door, the typed sheets of the article, and hold them by the edges for whoever will want them. You cannot read a word. # invented
    -> minutes
+ (kept_gate) [Keep the gate. Nobody in or out.]
    # scene: gate
    You put your back to the inner grille. It is the one thing you were trained for, and you do it. # invented
    -> words

= words
# scene: dining
What the Old Man said on the floor, people would repeat for the rest of their lives, and not all in the same words. # cite: sa
{not classroom_cut: He thought at first he had been shot. He told Natalia that in the study he had felt the man might kill him. # cite: deu}
{not classroom_cut: He said, in some tellings, that this time they had succeeded; in another, that he would not survive this attack. # cite: sa}
And to the guards he said the man must not be killed. In the words most often printed: he must talk. # class: quote # cite: han40
Time magazine had him say that this man had a story to tell. # cite: time
Later, when people ask you what you heard, you will say: # invented
* (must_talk) ["Don't kill him. He must talk."]
    You will tell it that way, the way the party paper printed it, because it sounds like him: even then, thinking about the evidence. # invented
* (story) ["This man has a story to tell."]
    You will tell it the way the magazine did, and somebody will always tell you that is not how it was. # invented
* (too_far) [That you were too far away to hear.]
    You will say you were too far away, and it will be the truest thing you say about that day. # invented
- # scene: gate
He asked that Seva be kept out of sight. # cite: sa
# sfx: footsteps
But Seva is coming home from school just now. He passes a guard with a drawn pistol in the entrance, sees the beaten man, sees his grandfather on the floor, and is led away. # cite: ev
* [Go to Seva.]
    Someone has already taken him through to the far rooms. You sit on the step outside the door. {trust_seva >= 3:All summer you have talked with him about school; now there is nothing to say, and you stay anyway.|He does not come out, and you do not go in.} Neither of you will ever mention it. # invented
    ~ raise(trust_seva, 1)
* [Stay with the guards.]
    You stay with the guards. Nobody says much. Somebody lights a cigarette and forgets it. # invented
    ~ raise(trust_guards, 1)
- -> police

= police
# scene: gate
# ambience: street
{struggle.kept_gate: You open the steel doors for the police yourself. # invented}
The police come in through the garage. The man is taken into custody. # cite: ss
{
- words.must_talk: He must talk, the Old Man said; now it is the police who will ask. # invented
- words.story: A story to tell, the Old Man said; now it is the police who will ask for it. # invented
- words.too_far: You still do not know what the Old Man said on the floor. # invented
}
In his pocket there is a typed letter in French. It presents him as a disillusioned follower of the Old Man, turned against him by what he saw. # cite: ss
{known ? k_jacson_story: All summer the guards knew him as a businessman with time on his hands. # invented}
{not classroom_cut: Besides the axe, he had brought a dagger and a pistol. # cite: axe}
{arrival.wrote_him: The sergeant asks for the visitors' book, and reads your last line twice. # invented}
{trust_police >= 3: One of the agents from the hut tells the sergeant, without being asked, that you are all right. # invented}
{
- role == mexican:
    Because you speak Spanish and were there, the sergeant wants your name and where you were standing. You give both. You find that your hands are perfectly steady while you talk, and then they are not. # invented
- role == teamster:
    A policeman asks whose Buick that is, by the wall. You tell him. He writes it down, and then asks you again, as if the answer might change. # invented
- else:
    {struggle.pages:A detective takes the typed pages from you, holding them by the edges as you did, and nods as if you have done one thing right today.|A detective gathers the typed pages from the study floor, holding them by the edges.} # invented
    {not classroom_cut: He asks what the article was about. You tell him: whether the Soviet Union is still a workers' state. He writes it down, frowning, as if it were the name of an accomplice. In a way, you think, it is: the man came in through that argument like a door someone had left open. # invented}
}
-> waiting

= waiting
{classroom_cut: -> ambulance}
# scene: gate
Somebody telephones for an ambulance. Then there is only waiting. # invented
* [Fetch a pillow and a blanket from the house.]
    At the dining-room door someone takes them from you without looking up. # invented
* (cleared) [Clear the way through the garage for a stretcher.]
    You drag the builders' planks out of the passage{roster.barrow:, the same planks you barrowed round all morning,}{builders.saw_off: where the men you waved off at five left them,} and stand by the steel doors, ready to open them. # invented
* [Climb the tower and watch the road.]
    # scene: tower
    You see it long before you hear it, a pale shape bucking in the ruts far up the road. You shout down that it is coming. # invented
- -> ambulance

= ambulance
# time: dusk
# scene: street
# sfx: ambulance_bell
# music: grief
An ambulance from the Cruz Verde, the Green Cross emergency hospital, comes down the dirt road for him. # cite: pat
He is conscious. His left side is paralysed. To Natalia he says that he feels better now. # cite: pat
To Hansen he says the man was a political assassin: "GPU or a fascist. Most likely the GPU." # class: quote # cite: pat
Hansen rides with him, and the ambulance turns back toward the city. # cite: pat
{waiting.cleared:You close the steel doors behind it yourself.|The steel doors close behind it.} Everything this house was built around has just left it. # invented
{classroom_cut: -> guardroom}
* (followed_amb) [Follow to the hospital with the others.]
    # sfx: car_engine
    The cars follow in a line{waiting.cleared:, out through the passage you cleared}, lights on in the dusk. {teamster_afternoon.carb:The Ford you mended this afternoon does not cough once. }{struggle.car_out:Yours is first in line; its engine has been running since the study. }Nobody in yours says anything until the city. # invented
* (stayed_home) [Stay behind and keep the house.]
    Someone has to stay. You take the tower. From up there the road is empty, and the lights on the walls come on by themselves at dark. # invented
    ~ raise(trust_guards, 1)
* (with_police) {role == mexican} [Go to the station with the police.]
    You ride in the back of the police car with your statement folded in your pocket. At the Cruz Verde the prisoner is carried in through another door. # invented
- -> role_evening

= role_evening
{
- role == teamster: -> teamster_evening
- role == student: -> student_evening
- else: -> mexican_evening
}

= teamster_evening
# scene: gate
# time: night
# ambience: night
{ambulance.stayed_home:From the tower you can see the Buick still parked by the wall where he left it|When you get back to Avenida Viena the Buick is still parked by the wall where he left it}, with a policeman sitting in it writing by torchlight. # invented
You think of the strike in '34, when the men who drove things stopped things. You stopped nothing. Nobody here could have, the way the house was run; knowing it helps not at all. # invented
* [Tell the policeman you drove that car in June.]
    He writes it down carefully, your name and the dates and the word "garage", and thanks you. You have no idea whether it will matter to anyone. # invented
    ~ raise(trust_police, 1)
* (left_him) [Leave him to his notebook.]
    You go past without a word and shut yourself in the garage with the Ford, and clean spark plugs that do not need cleaning until your hands stop. # invented
- -> guardroom

= student_evening
# scene: library
# time: night
# ambience: house
The library is exactly as it was at five o'clock. The box of cylinders is on the table. {student_afternoon.french:The letter to Paris with your pencilled commas lies on top of the pile|The letters are in their pile}, waiting for signatures that will not come tonight. # invented
The statement for the court, finished only yesterday, names the men behind the May raid one by one.{student_afternoon.read_statement: You read it this afternoon in the sun.} Whoever sent this man did not wait to read it. # invented
* [Write down everything you saw, minute by minute, while you still can.]
    ~ watchful++
    You write it on the backs of old carbons: the Buick, the coat, the cry, the pages on the ground. You put times to everything and then cross them out, because you are not sure of any of them. # invented
    ~ known += k_jacson_story
* (tore) [Start a letter to Miriam, and tear it up.]
    Dear Miriam, # class: letter # invented
    That is as far as you get. {letters_home >= 3:You have written to her all summer, and now there|There} is no sentence that comes after it that you can bear to send to New York. # invented
- -> guardroom

= mexican_evening
# scene: street
# time: night
# ambience: street
{ambulance.with_police or ambulance.followed_amb:When you get back from the Cruz Verde, the|By dark the} neighbours are at the end of the dirt road: women from the river, children who should be in bed, {mexican_afternoon.coffee:your mother with her shawl over her head|the men from the bakery}. They ask you, because you are one of them, what the gringos will not tell them. # invented
Behind them come the reporters, held back at the hut. # invented
* [Tell the neighbours what you saw.]
    You tell them plainly, in Spanish: a visitor, a friend of the house, attacked the old man in his study; he is alive; he has gone to the Cruz Verde. A woman says "¡Pobre viejo!" and another tells her to pray, and they do. # invented
    ~ raise(trust_lt, 1)
* [Say nothing, and go back in through the steel doors.]
    You say nothing. You have learned this summer what the papers do with words. The grille shuts behind you, and for once you are glad of it. # invented
    ~ known += k_comintern_press
- -> guardroom

// ---------- Late that night: shared ----------
= guardroom
# scene: guardroom
# time: night
# ambience: night
{ambulance.followed_amb or ambulance.with_police:Back from the city late that night, you find|Late that night} the men not at the hospital {ambulance.followed_amb or ambulance.with_police:in|end up in} the guardroom{trust_guards >= 3:, where they make room for you on the bench without a word}. The talk keeps coming round to one question: could it have been stopped? # invented
* [Say that you should have searched him, rule or no rule.]
    {watchful >= 3:You tell them what you saw: the coat on Saturday, the coat today. }{builders.counted:You counted the builders out at five, every one, and nobody counted him in. }For a moment the room is with you.{refuse.let_go: You said it at the door, and then you let it go.} Then someone says what everyone knows: that it would have meant defying the Old Man at his own door, and that not one of you would have done it. # invented
* [Say that he would never have allowed it.]
    Nobody argues.{struggle.saw_desk: You think of the little pistol on his desk, and the button nobody pressed.} It is the worst kind of comfort, the kind that happens to be true. # invented
* [Say nothing, and listen.]
    The argument goes round the table without you, as it will go round for years, in letters and meetings and books. # invented
- {proposals_refused >= 2: You have asked before, and been refused, and everyone in the room remembers it. # invented}
{student_evening.tore: You think of the letter to Miriam you tore up. # invented}
{teamster_evening.left_him: Through the window the policeman's torch still moves inside the Buick. # invented}
That autumn Joe Hansen would put the question in print, "Could we have prevented it?", and answer it with the Old Man's own refusals. # cite: han40
-> roof

= roof
{classroom_cut: -> close}
# scene: tower
Before you turn in you climb to the roof. The tools lie where they were dropped when the cry came: pliers, {teamster_afternoon.cable:the wire you sent up on a rope|wire}, tape.{siesta.slept: You fell asleep this afternoon to the click of those pliers.}{roster.canvas: Your palm, blistered from the canvas this morning, has only now begun to hurt.} # invented
* [Coil the wire and put the tools away in their box.]
    You wind the wire in neat loops over your elbow and lay everything in the box by the tower stair. It seems very important that whatever they started up here be finished. # invented
    ~ raise(trust_guards, 1)
* [Leave everything exactly where it lies.]
    The pliers stay open on the parapet, where they fell. You could not say why, except that to tidy them away would be to agree that the afternoon is over. # invented
- -> close

= close
# ambience: night
{
- morning.held:
    This morning you held the wire doors for him while he filled the troughs. # invented
- tea.away:
    At five you left the two of them their quarter of an hour. You are glad of that, at least. # invented
- morning.gave_room:
    This morning you gave him a few minutes unwatched by the hutches. It was all you had to give. # invented
}
The rabbits have been fed. The hutches are locked: he locked them himself, before he went in. # cite: deu # pause
-> ch7_death
