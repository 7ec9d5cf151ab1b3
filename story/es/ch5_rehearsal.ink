// Chapter 5: early to mid August 1940, up to Saturday 17 August, and the two days after (record.md §1.3, §2.4,
// §3.4–3.5, §5.1–5.3). Every path passes `# record: rehearsal_1940_08_17` once, in the stitch `closed_door`.
// Shared scenes every role passes: routine, night_watch, letter_from_home, table, visit_day, closed_door, after,
// sunday, monday. Role scenes: teamster_days, student_days, mexican_days.
=== ch5_rehearsal
# checkpoint: ch5_rehearsal
# scene: tower
# time: dawn
# music: house
# ambience: garden
Agosto de 1940 # class: title
-> routine

= routine
# sfx: rooster
La casa ya aprendió a vivir dentro de sus muros nuevos: puertas de acero, torres nuevas, costales de arena, alambre, reflectores que arden toda la noche, pagados por simpatizantes de la Cuarta Internacional, unos cuantos dólares a la vez. # cite: han40
{classroom_cut: -> by_role}
El diario de Hank Schnautz les da forma a los días: la guardia de noche termina a la una, y los hombres se cambian los turnos cada vez que se atraviesa una fiebre o una carta. # cite: sch
El de la torre barre su torre, limpia las armas y abre la puerta, y anda tan ocupado, anota Schnautz, que nunca alcanza a leer ni a escribir nada. # cite: sch
Detrás de la cochera Schnautz contó diecinueve conejeras, y el gallinero, más allá, tiene como cuatro docenas de gallinas. El Viejo les da de comer él mismo. # cite: sch
- (chores)
* {chores < 3} [Hacer tu turno en la torre principal.]
    # scene: tower
    La torre huele a aceite de armas y a cal. Barres las colillas de la noche y limpias el rifle antes de sentarte junto a la tronera. # invented
    Abajo está Avenida Viena: un camino de tierra, unos cuantos jacales de adobe y, enfrente, el cauce seco del Churubusco, donde las mujeres tienden la ropa en las piedras. # cite: pat
    Cuando alguien toca en la calle, el guardia de la puerta exterior de acero se asoma y luego te mira a ti, arriba. Solo cuando aprietas el botón se abre la reja interior hacia el jardín. Dos hombres por cada entrada, y dos por cada salida. # cite: sch # invented
    # sfx: steel_door
    Para el mediodía te duelen los ojos del resplandor. # invented
    ~ raise(trust_guards, 1)
    -> chores
* {chores < 3} [Ayudar a tender alambre de púas en lo alto del muro.]
    # scene: patio
    # sfx: hammer
    La obra no ha terminado, y la lista de lo que falta parece de plaza sitiada: alambradas de púas, redes contra bombas, hasta un ojo eléctrico, que todavía están estudiando. # cite: han40
    Encima de los cuartos de los guardias los peones levantan un segundo piso, y sus cucharas de albañil suenan toda la mañana. # cite: sch
    Toda la mañana pasas rollos de alambre escalera arriba, con unos guantes demasiado delgados. Para el mediodía los dos guantes tienen sangre, y veinte metros de muro lucen una cerca nueva y brillante. # invented
    ~ raise(trust_guards, 1)
    -> chores
* (errands) {chores < 3} [Llevar el coche al centro por la leche y los mandados.]
    # scene: market
    # ambience: market
    # sfx: car_engine
    Los mandados también están en la lista: la leche, la aduana, un coche que necesita compostura. Siempre alguien tiene que manejar, y siempre alguien tiene que quedarse. # cite: sch
    Regresas con los botes de leche chocando en el asiento de atrás y una lista de lo que no había en las tiendas. # invented
    # scene: gate
    # ambience: garden
    En la puerta se repite todo el ritual al revés: el timbre, la cara en la mirilla, la torre, la reja. # cite: sch
    -> chores
+ [Ya basta. La noche tiene su propio trabajo.]
    -> night_watch

// ---------- A night watch in the middle of the month: shared ----------
= night_watch
# scene: tower
# time: night
# ambience: night
Una noche a mediados de mes, y la torre principal es tuya de las siete a la una. # invented
{
- role == teamster:
    Desde aquí arriba oyes cada camión en el camino del Churubusco antes de que se vean sus faros, y te sorprendes adivinando los cambios de velocidad. # invented
- role == student:
    Subiste un libro por costumbre, un Penguin con la portada medio arrancada. Se queda cerrado sobre los costales toda la noche; la luz apunta hacia afuera, y tú también. # invented
- else:
    A veces la guardia de la tarde le toca a un compañero mexicano. # cite: sch
    Reconoces de oído cuál de los perros del río es de qué casa, y cuál de las luces que se apagan en la otra orilla es la de tu tía. # invented
}
Los reflectores hacen una caja blanca de la calle; más allá Coyoacán se queda a oscuras. # invented
Una nota a lápiz en el cuarto de guardia dice de dónde sale la leche del descanso: pedírsela a Fanny. # cite: sch
Según una versión, es Fanny Yanovitch, que pasa a máquina lo que el Viejo dicta en ruso. # cite: museum_site
* [Bajarles un jarro de leche a los de la caseta.]
    {role == mexican:
        Los agentes de la caseta reciben la leche y, de paso, las noticias. Eres el único de la casa con el que platican sin detenerse a buscar las palabras. # invented
    - else:
        Tu español se acaba después de «buenas noches», y su inglés después de «okay». Los agentes se toman la leche de todos modos y te enseñan cómo se dice reflector en español, que se te olvida para la mañana. # invented
    }
    {routine.errands: La leche es de los botes que tú mismo trajiste del centro. # invented}
    ~ raise(trust_police, 1)
* [Comer en la tronera sin quitarle los ojos a la calle.]
    Comes en la tronera, con una mano libre, y decides que una torre nunca se vigila a medias, diga lo que diga la lista sobre los descansos. # invented
    {house ? night_rota:
        La lista ya escalona los descansos para que nadie deje su puesto por la leche. Tú la respetas, y te aseguras de que el que sigue también. # invented
    - else:
        ~ house += night_rota
        En la mañana pides que los descansos se escalonen en la lista, para que ningún puesto se quede vacío. Nadie se opone; cuesta un lápiz. # invented
    }
* [Escribir unas líneas a casa con el resplandor de los reflectores.]
    ~ letters_home++
    Alcanzas a escribir cuatro renglones sobre la rodilla antes de que baje otro coche por el camino y la mano vuelva al rifle. Es menos de lo que querías decir. # invented
- A medianoche algo se mueve en el cauce del río: una sombra, luego una voz, luego una botella que pega contra una piedra. # invented
* (lit) [Echarle encima el reflector.]
    La luz encuentra a un hombre de sombrero de palma, cantando, que levanta la botella hacia el reflector como si fuera su público. Hace una caravana, se cae, se levanta y se va a su casa por el camino largo. # invented
    Te ríes, solo en la torre, y las manos no te dejan de temblar en un cuarto de hora. # invented
* [Avisarles a los de la caseta.]
    Dos agentes caminan hasta la orilla con una linterna, miran largo rato y te hacen señas: un borracho que va para su casa. # invented
    ~ raise(trust_police, 1)
* [Apretar el timbre para despertar el cuarto de guardia.]
    # sfx: alarm_buzzer
    Abajo no suena nada. Te rindes y gritas, y por fin sale un hombre en camiseta, maldiciendo, con un rifle, a tiempo para oír a un borracho que se va cantando por el cauce. # invented
    En la mañana encuentras la falla en un cable mordido detrás de la puerta del cuarto de guardia, y lo empalmas. Una falsa alarma encontró una de verdad. # invented
    ~ house += alarm_tested
- A la una sube tu relevo, y tú duermes en el cuarto de guardia con las botas puestas. # invented
-> by_role

= by_role
{
- role == teamster: -> teamster_days
- role == student: -> student_days
- else: -> mexican_days
}

// ---------- The Teamster: the garage, the cars, Jacson's Buick ----------
= teamster_days
# scene: gate
# time: day
# ambience: street
La cochera es la única manera de entrar o salir del recinto, y pasas ahí más horas que en ningún otro lado. # cite: pat
En junio, el hombre al que en la casa llaman Jacson dejó su Buick con los guardias y voló a Nueva York; Jake Cooper, otro camionero de Minneapolis, lo llevó al aeropuerto. Los guardias usaron el coche mientras él no estuvo. # cite: ss
A finales de julio volvió, más flaco y más nervioso que antes, con chocolates para Natalia. El Buick vuelve a ser suyo. # cite: pat
Tú mismo manejaste ese coche en junio, al mercado y de vuelta. Buen motor, demasiado bueno para los caminos de por aquí, y por dentro limpio como el vestíbulo de un hotel. # invented
- (garage)
* (refugio) {garage < 3} [Bajar al taller de don Refugio, junto al mercado.]
    # scene: market
    # ambience: market
    En su taller, no más grande que un establo, don Refugio ya compuso dos veces el Ford de la casa sin preguntar de quién es. # invented
    Te pregunta por Minneapolis. Le cuentas de 1934: los camiones parados en los patios, los piquetes, aquel verano largo y caliente. Escucha con una llave en la mano y dice que en México también los que manejan las cosas pueden pararlas. # invented
    Luego pregunta, con cuidado, si es cierto que el viejo ruso vive detrás de esos muros como un preso. Le dices que vive como un hombre al que ya le dispararon. # invented
    ~ letters_home++
    Esa noche le escribes a tu mamá sobre don Refugio, y el polvo, y nada de nada sobre los muros. # invented # class: letter
    {classroom_cut: -> letter_from_home}
    -> garage
* {garage < 3} [Preguntarles a los demás qué piensan de Jacson.]
    # scene: guardroom
    Los guardias hablan de él como se habla del clima. Es el esposo de Sylvia, o casi. Tiene dinero, una oficina en el centro, un negocio que nadie entiende bien. # cite: pat
    Ha ido una docena de veces al departamento de Hank y Dorothy Schultz, los llevó al zoológico, los llevó de día de campo al pie del Popocatépetl, y presume de sus escaladas con cualquiera que lo quiera oír. # cite: pat
    Cuántas veces ha estado de verdad dentro de estos muros es algo en lo que los historiadores todavía no se ponen de acuerdo: unas diez visitas según los archivos soviéticos, cinco o seis según otra cuenta. Al Viejo en persona lo ha visto apenas unas cuantas veces. # cite: mit # cite: con
    ~ known += k_jacson_story
    {classroom_cut: -> letter_from_home}
    -> garage
* {garage < 3} [Proponer un libro en la puerta para cada entrada y salida.]
    {house ? visitor_log:
        El libro ya está ahí, en una repisa junto a la puerta exterior, con las columnas rayadas a lápiz: nombre, hora de entrada, hora de salida. # invented
    - else:
        ~ house += visitor_log
        Los demás se encogen de hombros y aceptan, y un cuaderno escolar queda en la repisa junto a la puerta exterior: nombre, hora de entrada, hora de salida. # invented
    }
    Años después un escritor daría las llegadas de Jacson casi al minuto, como si salieran de un libro así. De dónde sacó esas horas, no lo dice. # cite: levine
    ~ raise(trust_guards, 1)
    {classroom_cut: -> letter_from_home}
    -> garage
+ [De vuelta al trabajo.]
    -> letter_from_home

// ---------- The Student: the library, the polemic, Bob's plaque ----------
= student_days
# scene: library
# time: day
# ambience: house
# sfx: typewriter
En la biblioteca las máquinas de escribir casi no paran. El Viejo está terminando una larga acusación, «La Comintern y la GPU», escrita para el tribunal mexicano que investiga el asalto de mayo. # cite: lt_cgpu
Gracias a tu francés te toca cotejar citas con los periódicos de donde salieron. Eres lento, y a nadie le importa, con tal de que cada palabra esté bien. # invented
- (library)
* {library < 3} [Detenerte ante la placa del portón interior.]
    # scene: gate
    El 6 de agosto, el día en que unos catorce corresponsales vinieron a entrevistar al Viejo, Hank Schnautz colocó una placa de mármol en el portón interior. # cite: sch
    En memoria de Robert Sheldon Harte, 1915–1940, asesinado por Stalin. # class: document # cite: rou
    Conociste a Bob en Nueva York antes de que ninguno de los dos viniera al sur. Podía platicar con cualquiera de cualquier cosa. # invented
    Seva recordaría, mucho tiempo después, que en sus primeras semanas el Viejo regañó a Bob por dejar abierta la puerta de la calle. # cite: ev
    Te quedas ahí más rato del que pensabas. Sigues sin saber qué sabía él aquella última noche, ni qué creía estar haciendo cuando abrió la puerta. # invented
    ~ known += k_harte_past
    {classroom_cut: -> letter_from_home}
    -> library
* (polemic) {library < 3} [Releer la polémica con la Minoría.]
    La gran pelea de la primavera sigue en los archivos: Max Shachtman y James Burnham contra el Viejo, sobre si la Unión Soviética sigue siendo un Estado obrero que hay que defender. La Minoría se salió del partido en Nueva York en abril, y el 21 de mayo Burnham renunció incluso al nuevo partido que había formado, y escribió que ya no era marxista. # cite: pat # cite: fi_1940_08
    En julio, un par de simpatizantes de la Minoría que estaban de visita lo discutieron con los guardias en el comedor, con el Viejo presidiendo. Recuerdas la discusión mejor que las respuestas. # cite: pat
    Conoces esos argumentos como conoces tu propia calle. Quien escribiera ahora sobre ellos andaría por terreno muy pisado. # invented
    {classroom_cut: -> letter_from_home}
    -> library
* {library < 3} [Escribirle a Miriam a Nueva York.]
    ~ letters_home++
    Querida Miriam: aquí hay una calma difícil de describir. Pusieron una placa de mármol para Bob. Trabajo en una biblioteca con barrotes en las ventanas, y cada tarde alguien revisa que los barrotes sigan ahí. # class: letter # invented
    Tu hermana va a leerles la carta en voz alta a los demás del grupo juvenil, que también conocieron a Bob, así que te saltas la parte de tener miedo. # invented
    {classroom_cut: -> letter_from_home}
    -> library
+ [Volver a las citas.]
    -> letter_from_home

// ---------- The Mexican comrade: the police post, the press, the neighbourhood ----------
= mexican_days
# scene: street
# time: day
# ambience: street
Afuera de los muros está tu parte del mundo. La caseta de ladrillo de la policía, junto a la puerta, tiene el triple de hombres que en mayo: el gobierno triplicó la guardia después del asalto. # cite: han40 # invented
Vives a unas cuantas calles. Los policías conocen tu cara, y la de tu mamá, y en qué panadería compras. # invented
A lo largo del camino de tierra los vecinos tienen sus opiniones sobre la casa: que es millonario, o espía, o santo, según la hora. # invented
Los niños juegan a asaltantes y guardias contra el muro nuevo, y nadie quiere ser de los guardias. # invented
- (outside)
* {outside < 3} [Quedarte un rato con los agentes en la caseta.]
    El agente Rosales es el que platica. Te cuenta que los nuevos están aburridos, los viejos avergonzados, y que todos saben lo que dicen los periódicos de la casa. # invented
    Te pregunta si los gringos de adentro de veras duermen con rifles. Le dices que duermen muy poco, con o sin ellos. Se ríe, y luego ya no. # invented
    ~ raise(trust_police, 1)
    {classroom_cut: -> letter_from_home}
    -> outside
* (tourists) {outside < 3} [Despedir a los turistas de la puerta.]
    Desde el día seis la casa no recibe turistas. # cite: sch
    Aun así, siguen llegando parejas por el camino de tierra a ver los muros a los que dispararon los asaltantes. Les dices en español, con toda la cortesía que puedes, que esta es una casa particular y no un museo. Uno de ellos dice que algún día será museo. No contestas. # invented
    {classroom_cut: -> letter_from_home}
    -> outside
* {outside < 3} [Leer los periódicos de la mañana en la esquina.]
    # scene: market
    # ambience: market
    La campaña de El Popular y La Voz de México no ha aflojado desde el invierno. # cite: ev
    En mayo dijeron que el asalto era un montaje, un «autoasalto» organizado por el mismo Viejo para hacerse publicidad. # cite: comintern
    Según un relato, el Viejo tiene una demanda por difamación contra El Popular, y un abogado que viene por ese asunto. # cite: ss
    El voceador te dobla un ejemplar sin que se lo pidas, y dice que su cuñado se cree cada palabra. # invented
    ~ known += k_comintern_press
    {classroom_cut: -> letter_from_home}
    -> outside
* {outside < 3} [Irte a casa por el camino largo, junto al río.]
    # scene: street
    # ambience: garden
    Tu mamá te pregunta, como cada noche, si vale la pena. Le cuentas de los conejos, que le dan risa, y de la placa para el muchacho estadounidense, que no. # invented
    ~ letters_home++
    Más tarde le escribes a tu hermano mayor a Monterrey. Le dices que tienes trabajo con extranjeros, lo cual es cierto, y que todo está tranquilo, lo cual es casi cierto. # class: letter # invented
    {classroom_cut: -> letter_from_home}
    -> outside
+ [Entrar a tu turno.]
    -> letter_from_home

// ---------- A letter from home: shared, with each role's own sender ----------
= letter_from_home
{classroom_cut: -> table.talk}
# scene: guardroom
# time: day
# ambience: house
{letters_home >= 3: Escribes más cartas que nadie en la casa, y hoy te llega una de vuelta: el de la torre te la baja con una sonrisa. | El correo entra por las puertas de acero como todo lo demás, y el de la torre te baja el tuyo con una sonrisa.} # invented
{
- role == teamster:
    Es de tu mamá, desde Minneapolis. Tu hermano vuelve a tener trabajo fijo en los patios; en el local del sindicato hicieron una colecta para la casa. Leyó algo de México en el periódico y quiere que vuelvas antes de la primera nevada. # class: letter # invented
- role == student:
    Es de tu hermana Miriam. El grupo juvenil se partió a la mitad igual que el partido, y la mitad de los amigos que dejaste se fueron con la Minoría. Te pregunta, no del todo en broma, de qué lado del salón te vas a sentar cuando regreses. # class: letter # invented
- else:
    Es de tu hermano mayor, desde Monterrey. Hay trabajo en la fundidora y él puede meterte; la paga es segura y a los fundidores nadie les dispara. Tu mamá dormiría más tranquila, escribe, y él también. Dobló dos pesos dentro de la hoja, «para el camión al norte». # class: letter # invented
}
* (going_home) [Contestar que vas a volver antes del invierno.]
    ~ letters_home++
    Lo escribes de un jalón, antes de que te arrepientas. Cerrar el sobre se siente como soltar algo pesado y como cerrar una puerta, las dos cosas a la vez. # invented
* (staying) [Contestar que te quedas mientras te necesiten.]
    ~ letters_home++
    Escribes que aquí te necesitan. No escribes quién, ni por cuánto tiempo; no lo sabes. # invented
* (unanswered) [Guardarla sin contestar por ahora.]
    La doblas y la metes en la bolsa de la camisa. Ahí se queda días, hasta que el papel se ablanda en los dobleces y podrías recitarla sin verla. # invented
- En el sobre también venía una fotografía. # invented
{
- role == teamster:
    Tu mamá y tu hermano en el escalón de atrás de la casa, entrecerrando los ojos, con el perro. Atrás, con las mayúsculas de tu hermano: «SONRÍE». # invented
- role == student:
    El grupo juvenil en la playa el verano pasado, quemados por el sol, abrazados por los hombros. Bob está en la orilla de la fila, medio fuera de la foto, riéndose de algo que no salió. # invented
- else:
    Tu hermano con su overol de la fundidora, muy serio, con sombrero nuevo. Atrás anotó lo que le costó el sombrero. # invented
}
* [Clavarla en la pared, arriba de tu catre.]
    La clavas arriba de tu catre. Para la noche todos los del cuarto de guardia ya la vieron y dijeron algo grosero y cariñoso. # invented
    ~ raise(trust_guards, 1)
* [Enseñársela a Seva.]
    Se la enseñas a Seva en el escalón. La estudia con seriedad, pregunta quién es cada uno y no dice nada de su propia familia, que no está en ninguna foto que él te pueda enseñar. # invented
    ~ raise(trust_seva, 1)
* (kept) [Guardarla en la bolsa, donde solo tú la veas.]
    La guardas en la bolsa, junto con la carta. Hay cosas en esta casa que no son asunto de nadie, y te parece justo que una de ellas sea tuya. # invented
- Las cartas salen como entran, frente a una torre y por dos puertas, hacia un mundo donde nadie cuenta los minutos de una visita. # invented
-> sandbag_rack

// ---------- Schnautz's sandbag rack: shared ----------
= sandbag_rack
# scene: tower
# time: day
# ambience: garden
# sfx: hammer
Hank Schnautz está armando en una de las torres un bastidor para costales de arena que se suelta de un solo golpe. # cite: sch
Servirá para que un guardia tape la tronera de prisa, y necesita otro par de manos. # invented
{role == mexican:
    El carpintero que le vendió las bisagras no hablaba inglés, y Schnautz quiere saber qué le estaba tratando de decir. Se lo explicas: que los pernos son blandos y que no se fíe de ellos con la lluvia. # invented
}
* [Sostener las tablas mientras él ajusta el seguro.]
    Sostienes las tablas mientras él ajusta el seguro, y las vuelves a sostener cuando decide que el seguro está mal. Trabaja como escribe su diario, renglón por renglón, revisando cada uno. # invented
    ~ raise(trust_guards, 1)
* (timed) [Medir cuánto tardan en caer los costales.]
    Lo mides con tu reloj. La primera caída tarda doce segundos y te cuesta un nudillo pelado; la quinta, tres. Tres segundos es rápido, piensas, y luego piensas en mayo, cuando tres segundos habrían sido demasiado. # invented
* [Preguntarle qué más apunta en su diario.]
    Te enseña una página: turnos, nombres, quién fue por la leche, una queja por el calor. Nadie lo llamaría historia, y es justo lo que la historia no va a recordar de otro modo. Esa noche empiezas una página tuya. # invented
    ~ letters_home++
- Para la tarde el bastidor ya está puesto, pintado del color del muro, y desde la calle la torre se ve igual que siempre. De eso se trata. # invented
-> table

// ---------- Supper in the dining room: shared ----------
= table
# scene: dining
# time: dusk
# ambience: house
Se come junto, en la mesa larga, en tantos idiomas como gente hay: ruso entre el Viejo y Natalia, francés con Seva y los secretarios, inglés entre los guardias, español con la cocina y con la policía. # cite: pat # cite: ev
La política es el pan de cada día de la casa, pero no delante del muchacho: Seva recordaría que su abuelo les pedía a los grandes que no hablaran de política donde él pudiera oírlos. # cite: ev
{role == mexican:
    Tú eres el que lleva el español entre la mesa y la puerta de la cocina: más tortillas, menos chile para los gringos, las gracias de la Señora. # invented
}
* [Preguntarle a Seva por su escuela.]
    Seva se va solo a la escuela todos los días. # cite: ev
    Te cuenta de un maestro que lee poemas en voz alta con los ojos cerrados y de un niño que escupe por encima de la barda de la escuela. No menciona ni una vez los muros de esta casa. # invented
    ~ raise(trust_seva, 1)
* [Ensayar tu francés con Natalia.]
    Le preguntas a Natalia, en un francés cuidadoso, por la lluvia que ahora cae todas las tardes. Te corrige una palabra, con suavidad, y contesta lo demás como si el clima mereciera una conversación de verdad. Por un minuto la merece. # invented
    ~ raise(trust_natalia, 1)
* [Sentarte donde puedas ver la puerta del patio.]
    Agarras la silla que da la espalda a la pared y comes con un ojo en la puerta del patio. Nadie lo comenta. La mitad de los guardias de la mesa están sentados igual. # invented
    ~ watchful++
- (talk)
# scene: guardroom
# time: night
Más tarde, en el cuarto de guardia, alguien comenta que el Jacson de Sylvia escribió un artículo sobre la cuestión rusa y quiere la opinión del Viejo. # cite: pat
* (asked_why) [Preguntar qué quiere un hombre de negocios con la cuestión rusa.]
    Todo el mundo en el movimiento escribe algo tarde o temprano, dice alguien; ¿por qué no un hombre con oficina y tiempo de sobra? Oyes lo que se supone que es: un franco-canadiense con pasaporte canadiense, educado en París, cercano a los compañeros de allá y donante de su periódico. # cite: pat # cite: con
    ~ known += k_jacson_story
* (offered_read) [Ofrecerte a leer su borrador antes que el Viejo.]
    Te ofreces a leerlo primero, por la casa. Los demás se ríen, sin mala intención. # invented
    El hombre le pidió consejo al Viejo, no a los guardias, y a las visitas conocidas se les deja entrar sin revisarles ni los papeles ni los bolsillos. # cite: pat # cite: han40
    ~ proposals_refused++
* (let_go) [Dejarlo así e irte a dormir.]
    Lo dejas así. Un hombre puede escribir un artículo. Aun así te quedas despierto un rato, oyendo arriba las botas del de la torre. # invented
- -> visit_day

// ---------- Saturday 17 August: shared ----------
= visit_day
# scene: patio
# time: day
# ambience: garden
# music: dread
Sábado 17 de agosto de 1940 # class: title
Jacson quiere el consejo del Viejo sobre un artículo que está escribiendo, del lado del Viejo y contra Shachtman y Burnham, en la disputa sobre la naturaleza de la Unión Soviética. # cite: pat
Sylvia Ageloff también está de vuelta en México. La pareja ha ido a la casa; se habló de un té con los Trotsky, aunque nadie a quien le preguntes sabe decir qué día. # cite: pat
Hoy llega a la puerta con su borrador. Trae sombrero y un impermeable doblado sobre el brazo. # cite: pat
{
- role == teamster:
    Desde la cochera ves al Buick estacionarse junto al muro, y al hombre bajarse con sus papeles apretados contra el pecho, como si se los pudiera llevar el viento. No hay viento. # invented
- role == student:
    Desde la ventana de la biblioteca lo ves cruzar el patio. Te fijas en los papeles antes que en el hombre: unas cuantas hojas, enroscadas de tanto apretarlas. # invented
- else:
    El agente Rosales lo deja pasar la fila de policías sin decir palabra. —El del Buick —te dice{trust_police >= 3:, bajito, como ahora te cuenta todo}. Todos lo conocen. # invented
    {mexican_days.tourists: Hoy no hay turistas en el camino, nomás el Buick.} Uno de los agentes nuevos le da una vuelta al coche, despacio, como los muchachos de esta calle le dan la vuelta a un caballo que nunca van a poder comprar. # invented
}
Es una visita conocida, el hombre de Sylvia, amigo de los Rosmer. Le abren la puerta como se les abre a los amigos. # cite: han40
- (approach)
* [Pedirle al guardia de la puerta que lo revise.]
    -> search
* [Pedir quedarte en el estudio mientras platican.]
    -> stay
* [Mirar el cielo. No hay una sola nube.]
    ~ watchful++
    El impermeable te inquieta más de lo que debería. Agosto es temporada de lluvias, te recuerdas, y las tardes pueden cambiar. Aun así, el cielo está despejado. # invented
    -> approach
+ (let_pass) [Dejarlo pasar. Es amigo de la casa.]
    -> closed_door

= search
Le jalas la manga al guardia cuando la reja se cierra y se lo dices, en voz baja: revísalo. El impermeable, los papeles, los bolsillos. # invented
{table.offered_read: —Primero su artículo, ahora sus bolsillos —dice el guardia, sin mala intención.|El guardia te mira como los mayores miran a todos los nuevos.} Desde 1937 los secretarios han pedido justamente eso: revisar a cada visita y no dejar nunca al Viejo a solas con ninguna. # cite: han40
Él se ha negado cada vez. El Viejo no permite que registren a sus amigos en su propia puerta, y este hombre es amigo de la casa. La orden sigue en pie. # pushback: search_jacson # cite: han40
~ proposals_refused++
* [Insistir. Decir que no le tienes confianza.]
    Lo dices. El guardia te pregunta qué tienes exactamente contra él. No tienes nada que puedas poner en palabras: un impermeable, una cara, una corazonada. En esta casa no se puede revisar a nadie por una corazonada, y menos a un hombre que el Viejo invitó. # invented
    ~ lower(trust_guards, 1)
    -> closed_door
* [Dejarlo así y quedarte cerca de la puerta.]
    ~ watchful++
    Te colocas junto a la reja interior, desde donde ves el patio y la puerta de la casa. Es algo. No es mucho. # invented
    -> closed_door

= stay
El camino de las visitas al estudio va del patio por la biblioteca y el comedor. # cite: pat
Lo sigues hasta el comedor, donde está sentada Natalia, y le preguntas si debes entrar con ellos. Te mira con cariño{trust_natalia >= 3:, como a alguien con quien ya cuenta}, y luego mira la puerta del estudio. Nunca fue una pregunta que le tocara contestar a ella. # invented
El Viejo recibe a sus visitas a solas. Desde 1937 sus secretarios piden que nunca se quede a solas con ninguna, y él nunca ha aceptado; un guardia pegado al codo mientras platica con un compañero es justo lo que no va a tolerar. # pushback: stay_in_study # cite: han40
~ proposals_refused++
* [Esperar de todos modos en el comedor.]
    Te sientas a la mesa larga con las manos extendidas sobre la madera. A través de la pared oyes de vez en cuando una voz, nunca las palabras. # invented
    ~ raise(trust_natalia, 1)
    -> closed_door
* [Volver a tu puesto.]
    Sales otra vez a la luz. Lo que pasa allá adentro pasa sin ti, como siempre iba a pasar. # invented
    -> closed_door

= closed_door
# scene: study
# ambience: house
La puerta del estudio se cierra. Por primera vez, Jacson está a solas con el Viejo. # record: rehearsal_1940_08_17 # cite: pat
* [No quitarle los ojos a la puerta de la casa.]
    ~ watchful++
    Miras la puerta hasta que las vetas de la madera se te empiezan a mover. No pasa nada que puedas ver: una gallina cruza el patio, una máquina de escribir empieza y se detiene. Vigilar, resulta, es sobre todo esto. # invented
* (not_watching) [Volver a tu trabajo y obligarte a no mirar.]
    {
    - role == teamster:
        Metes la cabeza bajo el cofre del Ford y aprietas cosas que ya estaban apretadas. # invented
    - role == student:
        Vuelves a tus citas y lees cuatro veces la misma frase en francés. # invented
    - else:
        Sales a la caseta a platicar de futbol con Rosales, y no oyes ni una palabra de lo que dice. # invented
    }
* (clock) [Preguntarle la hora al de la torre, y luego otra vez.]
    —Cuatro minutos —te grita. Más tarde, «Siete». Y más tarde todavía, ya con filo: «¿Qué, se te va el tren?». Dejas de preguntar. # invented
- Lo que pasó adentro viene de quienes lo supieron después. Se sentó sobre el escritorio, entre los manuscritos. No se quitó el sombrero. El impermeable siguió sobre su brazo. # cite: pat
El Viejo leyó el borrador y no encontró nada original: los argumentos de su propio bando, de segunda mano. Le sugirió cambios y lo invitó a volver con una versión mejor. # cite: pat
{table.asked_why: Un hombre de negocios con tiempo de sobra, dijeron los guardias. Tiempo para aprenderse los argumentos del Viejo, no para añadirles nada. # invented}
La visita dura once minutos. # cite: pat
{sandbag_rack.timed: Lo sabes al minuto: lo mediste con el reloj de los costales. # invented}
# scene: patio
# ambience: garden
Luego ya va cruzando otra vez el patio con sus papeles y su impermeable, {house ? visitor_log:la hora de salida queda en el libro de la puerta, }y la reja se abre y se cierra detrás de él, y la tarde sigue. # invented # music: house
-> after

= after
{
- role == teamster:
    El Buick arranca al primer intento. {teamster_days.refugio: A don Refugio le encantaría ese motor, y nunca se fiaría de su dueño.|Escuchas el motor camino abajo hasta que se pierde entre los tranvías.} Reconocerías ese motor en cualquier parte. # invented
    ~ known += k_jacson_story
- role == student:
    No viste sus hojas, nada más cómo las cargaba. {student_days.polemic: Esta semana releíste toda la pelea, y te imaginas lo que dicen|Te imaginas lo que dicen}: la postura de la Mayoría de segunda mano. Un hombre que escribe así no escribe para que lo lean. # invented
    ~ known += k_jacson_story
- else:
    En la caseta, Rosales pregunta si el señor del Buick va a hacerse famoso con sus artículos. Le dices que ojalá que no. Te sale más duro de lo que querías. # invented
    ~ raise(trust_police, 1)
}
* [Contarle a Joe Hansen lo que te inquietó del visitante.]
    ~ watchful++
    Joe Hansen está a cargo de la seguridad de la casa. # cite: han40
    Le cuentas lo que viste: el sombrero, el impermeable en un día sin una nube, los papeles cargados como escudo{closed_door.clock:, once minutos según la cuenta del de la torre}. Te escucha hasta el final{proposals_refused >= 2:, como otras veces en que la respuesta fue no}. # invented
    ¿Qué puede hacer la casa con eso? El hombre vive con Sylvia y es amigo de los Rosmer, no se sabe absolutamente nada en su contra, y a quién recibe el Viejo lo decide el Viejo. # cite: pat # pushback: warn_about_jacson
* [Preguntarle a Natalia, si quiere decirlo, cómo estuvo la visita.]
    Natalia no lo dice. Te agradece la pregunta y te pregunta si ya comiste, de un modo que cierra el tema con cariño y por completo. # invented
    ~ raise(trust_natalia, 1)
* (kept_quiet) [Guardártelo.]
    Te lo guardas{table.let_go:, como en el cuarto de guardia dejaste pasar lo de su artículo}. Un sombrero, un impermeable, once minutos: dicho en voz alta sonaría a nada, y tú sonarías a un novato que ha pasado demasiado tiempo en una torre. # invented
- Después sabrás que el Viejo le dijo a Natalia que no le gustaba el visitante. El hombre se había portado de manera extraña: sentado sobre el escritorio, sin quitarse nunca el sombrero. Y el Viejo dijo que «no se parecía en nada a un francés». # class: quote # cite: pat
Natalia recordaría también que él se preguntaba en voz alta si debía recibir otra vez a ese hombre. Si llegó a decidir algo, nadie lo puede decir con certeza. # cite: pat
# time: dusk
Esa noche, en los cuartos de los guardias, se repasa el día como quien pica las sobras de una comida. # invented
- (evening)
* (told_coat) {evening < 3} [Contarles a los demás lo del impermeable.]
    # scene: guardroom
    Los demás también vieron el impermeable. Es temporada de lluvias, dice uno. Es hombre de negocios, dice otro; todos son raros. # invented
    ~ raise(trust_guards, 1)
    ~ watchful++
    {classroom_cut: -> monday}
    -> evening
* {evening < 3} [Preguntarle a Seva si conoce al visitante.]
    Seva tiene catorce años y está harto de que lo vigilen. Ha visto al hombre del coche y los chocolates; nada más. {trust_seva >= 3:Prefiere hablar de la escuela, y contigo lo hace, una hora entera.|Prefiere hablar de la escuela.} # invented
    ~ raise(trust_seva, 1)
    {classroom_cut: -> monday}
    -> evening
* (french_papers) {evening < 3} {role == student} [Desvelarte con los periódicos franceses hasta que apaguen la lámpara.]
    Te desvelas con Le Temps y un diccionario hasta que alguien te apaga la lámpara. Las palabras entran y no se queda ninguna. # invented
    {classroom_cut: -> monday}
    -> evening
* (walked_home) {evening < 3} {role == mexican} [Irte a casa por el camino largo y no decirle nada a tu mamá.]
    # scene: street
    # sfx: dog_bark
    Tu mamá ya está dormida. Te sientas en la cocina y escuchas a los perros contestarse de un lado a otro del cauce del río. # invented
    {classroom_cut: -> monday}
    -> evening
* (checked_cars) {evening < 3} {role == teamster} [Revisar los coches de la casa antes de acostarte.]
    # scene: gate
    Los dos coches arrancan. Los dos tienen gasolina. No sabrías decir para qué te estás preparando. # invented
    {classroom_cut: -> monday}
    -> evening
+ [Ir a acostarte.]
    {classroom_cut: -> monday}
    -> sunday

// ---------- Sunday 18 August: shared ----------
= sunday
# scene: patio
# time: day
# music: house
# ambience: garden
Domingo 18. Los días libres van rotando en la lista como todo lo demás, y este te toca a ti. # cite: sch
- (day_off)
* {day_off < 2} [Tomar el tranvía al centro.]
    # scene: market
    # ambience: street
    El tranvía va lleno de familias con su ropa de domingo. Caminas hasta que te duelen los pies, y por una tarde nadie en toda la ciudad sabe dónde vives. # invented
    ~ letters_home++
    Compras una postal de una catedral y escribes atrás que estás bien. Por una vez es cierto hasta el fondo. # class: letter # invented
    {letter_from_home.kept: Dos veces, en el tranvía de regreso, sacas la fotografía de la bolsa y la vuelves a guardar. # invented}
    -> day_off
* {day_off < 2} [Dormir hasta mediodía.]
    Nadie te despierta. Cuando abres los ojos el sol ya está en la pared de enfrente y alguien te dejó un bolillo en un plato, ya duro de las orillas. Es lo más amable que te ha pasado en toda la semana. # invented
    ~ raise(trust_guards, 1)
    -> day_off
* {day_off < 2} [Deshierbar entre los cactus grandes del patio.]
    # scene: patio
    Algunos cactus del patio pesan lo que un hombre hecho y derecho. Llegaron del monte el invierno pasado en los coches de la casa, sacados por el mismo Viejo a punta de pico, con un sargento de policía y un guardia para ayudarle. # cite: pat
    Deshierbas a su alrededor de rodillas y te ganas un puño de espinas. # invented
    ~ raise(trust_lt, 1)
    -> day_off
* (hill_road) {day_off < 2} {role == teamster} [Subir el Ford por el camino del cerro para ver si todavía jala.]
    # sfx: car_engine
    Jala{after.checked_cars:, como sabías desde anoche}. Lo llevas más lejos de lo necesario, hasta donde el camino se vuelve piedras y la ciudad queda abajo, en la bruma, como sal regada, y te sientas un rato en el estribo antes de regresarlo. # invented
    -> day_off
* (old_papers) {day_off < 2} {role == student} [Leer los periódicos de Nueva York de hace una semana.]
    Llegó por correo un Times de hace una semana, con la guerra en todas las páginas.{after.french_papers: Después de una noche de Le Temps, el inglés se lee como agua.} Lo lees de principio a fin, hasta los anuncios, como si tu casa estuviera escondida en alguna parte de la letra chica. # invented
    -> day_off
* (mass) {day_off < 2} {role == mexican} [Ir a misa con tu mamá.]
    # sfx: church_bell
    Hace meses que no vas. Tu mamá no dice nada{after.walked_home:, ni de eso ni de la hora en que llegaste anoche}; nomás te toma del brazo en las escaleras de la iglesia y ya no te suelta. Prendes una veladora y no dices, ni para ti, por quién es. # invented
    -> day_off
+ [Regresar temprano. La semana empieza muy pronto.]
- # scene: patio
# time: dusk
Al caer la tarde van llegando los demás de sus propios días libres, quemados por el sol, con paquetes y noticias.{night_watch.lit: Uno te pregunta si has alumbrado a más borrachos.} # invented
* [Intercambiar historias con los que van llegando.]
    Uno fue a los toros y no para de describirlos; otro perdió la cartera y está describiendo eso. Tú cuentas tu día, y por una vez nadie menciona la casa. # invented
    ~ raise(trust_guards, 1)
* [Sacar la verdura para la comida de la tarde de los conejos.]
    El Viejo vuelve a darles de comer a sus conejos antes de que oscurezca, y tú cargas la canasta. Te la recibe en las conejeras con una inclinación de cabeza y sigue solo, hablándoles bajito a los animales. # invented
    ~ raise(trust_lt, 1)
* [Sentarte un rato junto a la placa de Bob en el portón.]
    El mármol sigue fresco aun a esta hora. Lees el nombre, las fechas y las últimas tres palabras otra vez, y piensas que hace un año nadie aquí había oído hablar de ninguno de ustedes. # invented
    ~ known += k_harte_past
- -> monday

= monday
# scene: study
# time: day
# music: dread
# sfx: typewriter
El lunes 19 de agosto el Viejo termina «La Comintern y la GPU»: el asalto de mayo, los hombres detrás de él y el partido que los protegió, expuestos página tras página para el tribunal mexicano. # cite: lt_cgpu
{known ? k_comintern_press: El «autoasalto» que llevas leyendo en los periódicos desde mayo recibe ahí su respuesta. # invented}
* [Apuntar lo que viste el sábado, mientras todavía lo recuerdas con exactitud.]
    ~ watchful++
    {after.kept_quiet and not after.told_coat: No se lo has contado a nadie, así que se lo cuentas a la hoja.} Lo escribes en las últimas hojas de un cuaderno: el día, el sombrero, el impermeable, los once minutos. Llena {watchful >= 4:una página entera|media página}. {visit_day.let_pass: Al final agregas que lo dejaste pasar sin decir nada. }Releído, parece nada. Lo guardas de todos modos. # invented
* [Ayudar a emparejar y empacar la copia en limpio.]
    Emparejas las hojas golpeándolas contra la mesa de la biblioteca, un altero a la vez, y amarras los paquetes con cinta. Es lo más cerca que has estado en todo el verano de tener en las manos el trabajo del Viejo. # invented
    ~ raise(trust_lt, 1)
* [Decirte que lo del sábado no fue nada.]
    // Talking yourself out of it: on Tuesday the coat will not strike you as it would have (ch6 reads watchful).
    ~ watchful = 0
    Te dices que no fue nada: un hombre maleducado con un mal artículo. {closed_door.not_watching:Ya practicaste el sábado, obligándote a no mirar. }Para la tarde casi te lo crees, y te da vergüenza lo bien que se siente. # invented
- (week_done)
{
- letter_from_home.going_home:
    En algún lugar del camino al norte va tu carta prometiendo que vuelves antes del invierno. # invented
- letter_from_home.staying:
    En algún lugar del camino al norte va tu carta diciendo que te quedas. # invented
- letter_from_home.unanswered:
    La carta de tu casa sigue en la bolsa de tu camisa, sin contestar. # invented
}
{
- sunday.hill_road:
    El Ford está en la cochera, con la trompa hacia afuera, como lo dejaste el domingo. # invented
- sunday.old_papers:
    El Times de hace una semana sigue en tu catre, doblado en una página que nunca terminaste. # invented
- sunday.mass:
    La veladora que prendiste el domingo ya se habrá consumido. # invented
}
En la biblioteca la copia en limpio queda apilada y emparejada. Mañana es un día de trabajo como cualquier otro. # invented # pause
-> ch6_attack
