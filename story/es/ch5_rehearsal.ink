// Chapter 5: early to mid August 1940, up to Saturday 17 August (record.md §1.3, §3.5, §5.1–5.3).
// Every path passes `# record: rehearsal_1940_08_17` once, in the stitch `closed_door`.
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
La casa ya aprendió a vivir dentro de sus muros nuevos. Puertas de acero, torres nuevas, costales de arena, alambre en lo alto de los muros, reflectores que arden toda la noche: lo pagan simpatizantes de la Cuarta Internacional, unos cuantos dólares a la vez. # cite: han40
Hank Schnautz, que bajó de Indiana en julio, lleva un diario, y en él los días tienen forma. Un turno de noche va de las siete a la una, con un descanso hacia las once para leche y bolillos. A veces un compañero mexicano hace la guardia de la tarde. Los hombres cambian turnos cuando se atraviesa una fiebre o una carta. # cite: sch
La guardia en la torre es barrer la torre, limpiar las armas y abrir la puerta, y da tanto trabajo, anota Schnautz, que no deja tiempo para leer ni escribir. # cite: sch
El Viejo madruga y él mismo les da de comer a los conejos. Schnautz contó diecinueve conejeras detrás de la cochera; el gallinero, más allá, tiene como cuatro docenas de gallinas. # cite: sch
Muchos años después Seva recordaría que, a partir de mayo, su abuelo recibía cada mañana diciéndole a Natalia que les habían regalado un día más. # cite: ev
- (chores)
* {chores < 3} [Hacer tu turno en la torre principal.]
    # scene: tower
    La torre huele a aceite de armas y a cal. Barres las colillas de la noche y limpias el rifle antes de sentarte junto a la tronera. # invented
    Abajo está Avenida Viena: un camino de tierra, unos cuantos jacales de adobe y, enfrente, el cauce seco del Churubusco, donde las mujeres tienden la ropa en las piedras. # cite: pat
    Cuando alguien toca en la calle, el guardia de la puerta exterior de acero se asoma y luego te mira a ti, arriba. Solo cuando aprietas el botón se abre la reja interior hacia el jardín. Dos hombres por cada entrada, y dos por cada salida. # cite: sch
    # sfx: steel_door
    Para el mediodía te duelen los ojos del resplandor. Entiendes por qué Schnautz nunca termina una carta aquí arriba. # invented
    ~ raise(trust_guards, 1)
    -> chores
* {chores < 3} [Cortar lona para costales en el patio de los guardias.]
    # scene: patio
    # sfx: hammer
    La lista de tareas de agosto enumera los trabajos como un tablero de fábrica: lona para costales de arena, basura que sacar, concreto que colar, timbres que probar, la sirena y los reflectores que montar. # cite: sch
    Encima de los cuartos de los guardias los peones levantan un segundo piso, y sus cucharas de albañil suenan toda la mañana. # cite: sch
    Coses hasta que se te entumen los dedos. La lona es áspera, el hilo está encerado y los costales, llenos, pesan lo que un hombre. Nadie habla mucho. Es de esos trabajos que hacen sentir a la gente más segura de lo que la hacen. # invented
    ~ raise(trust_guards, 1)
    -> chores
* {chores < 3} [Llevar el coche al centro por la leche y los mandados.]
    # scene: market
    # ambience: market
    # sfx: car_engine
    Los mandados también están en la lista: la leche, la aduana, un coche que necesita compostura. Siempre alguien tiene que manejar, y siempre alguien tiene que quedarse. # cite: sch
    Regresas con los botes de leche chocando en el asiento de atrás y una lista de lo que no había en las tiendas. # invented
    # scene: gate
    # ambience: garden
    En la puerta se repite todo el ritual al revés: el timbre, la cara en la mirilla, la torre, la reja. # cite: sch
    -> chores
+ [Ya basta. El día tiene otros trabajos.]
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
La cochera es la única manera de entrar o salir del recinto, y pasas ahí más horas que en ningún otro lado. Los motores son lo tuyo. # cite: pat
En junio, el hombre al que en la casa llaman Jacson dejó su Buick con los guardias y voló a Nueva York; Jake Cooper, otro camionero de Minneapolis, lo llevó al aeropuerto. Los guardias usaron el coche mientras él no estuvo. # cite: ss
A finales de julio volvió, más flaco y más nervioso que antes, con chocolates para Natalia. El Buick regresó a sus manos. # cite: pat
Tú mismo manejaste ese coche en junio, al mercado y de vuelta. Buen motor, demasiado bueno para los caminos de por aquí, y por dentro limpio como el vestíbulo de un hotel. # invented
- (garage)
* {garage < 3} [Bajar al taller de Aurelio, junto al mercado.]
    # scene: market
    # ambience: market
    Aurelio tiene un taller no más grande que el establo de un caballo, cerca del mercado de Coyoacán, y ya compuso dos veces el Ford de la casa sin preguntar de quién es. # invented
    Te pregunta por Minneapolis. Le cuentas de 1934: los camiones parados en los patios, los piquetes, aquel verano largo y caliente. Escucha con una llave en la mano y dice que en México también los que manejan las cosas pueden pararlas. # invented
    Luego pregunta, con cuidado, si es cierto que el viejo ruso vive detrás de esos muros como un preso. Le dices que vive como un hombre al que ya le dispararon. # invented
    ~ letters_home++
    Esa noche le escribes a tu mamá sobre Aurelio, y el polvo, y nada de nada sobre los muros. # invented # class: letter
    -> garage
* {garage < 3} [Preguntarles a los demás qué piensan de Jacson.]
    # scene: guardroom
    Los guardias hablan de él como se habla del clima. Es el esposo de Sylvia, o casi. Tiene dinero, una oficina en el centro, un negocio que nadie entiende bien. # cite: pat
    Ha ido una docena de veces al departamento de Hank y Dorothy Schultz, los llevó al zoológico, los llevó de día de campo al pie del Popocatépetl, y habla del alpinismo como otros hombres hablan de mujeres. # cite: pat
    Cuántas veces ha estado de verdad dentro de estos muros es algo en lo que los historiadores todavía no se ponen de acuerdo: unas diez visitas según los archivos soviéticos, cinco o seis según otra cuenta. Al Viejo en persona lo ha visto apenas unas cuantas veces. # cite: mit
    ~ known += k_jacson_story
    -> garage
* {garage < 3} [Proponer un libro en la puerta para cada entrada y salida.]
    {house ? visitor_log:
        El libro ya está ahí, en una repisa junto a la puerta exterior, con las columnas rayadas a lápiz: nombre, hora de entrada, hora de salida. # invented
    - else:
        ~ house += visitor_log
        Los demás se encogen de hombros y aceptan. Un cuaderno escolar queda en la repisa junto a la puerta exterior: nombre, hora de entrada, hora de salida. No cuesta nada y no retrasa a nadie. # invented
    }
    Años después un escritor daría las llegadas de Jacson casi al minuto, como si salieran de un libro así. De dónde sacó esas horas, no lo dice. # cite: levine
    ~ raise(trust_guards, 1)
    -> garage
+ [De vuelta al trabajo.]
    -> visit_day

// ---------- The Student: the library, the polemic, Bob's plaque ----------
= student_days
# scene: library
# time: day
# ambience: house
# sfx: typewriter
En la biblioteca las máquinas de escribir casi no paran. El Viejo está terminando una larga acusación, "La Comintern y la GPU", escrita para el tribunal mexicano que investiga el asalto de mayo. # cite: lt_cgpu
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
    -> library
* {library < 3} [Releer la polémica con la Minoría.]
    La gran pelea de la primavera sigue en los archivos: Max Shachtman y James Burnham contra el Viejo, sobre si la Unión Soviética sigue siendo un Estado obrero que hay que defender. La Minoría ya se salió del partido en Nueva York. # cite: pat
    En julio, un par de simpatizantes de la Minoría que estaban de visita lo discutieron con los guardias en el comedor, con el Viejo presidiendo. Recuerdas la discusión mejor que las respuestas. # cite: pat
    Conoces esos argumentos como conoces tu propia calle. Quien escribiera ahora sobre ellos andaría por terreno muy pisado. # invented
    -> library
* {library < 3} [Escribirle a Miriam a Nueva York.]
    ~ letters_home++
    Querida Miriam: aquí hay una calma difícil de describir. Pusieron una lápida para Bob. Trabajo en una biblioteca con barrotes en las ventanas, y cada tarde alguien revisa que los barrotes sigan ahí. # class: letter # invented
    Miriam está en el grupo juvenil contigo y con Bob en Nueva York. Va a leerles la carta en voz alta a los demás, así que te saltas la parte de tener miedo. # invented
    -> library
+ [Volver a las citas.]
    -> visit_day

// ---------- The Mexican comrade: the police post, the press, the neighbourhood ----------
= mexican_days
# scene: street
# time: day
# ambience: street
Afuera de los muros está tu parte del mundo. La caseta de ladrillo de la policía, junto a la puerta, tiene el triple de hombres que en mayo: el gobierno triplicó la guardia después del asalto. # cite: han40
Vives a seis calles. Los policías conocen tu cara, y la de tu mamá, y en qué panadería compras. # invented
A lo largo del camino de tierra los vecinos tienen sus opiniones sobre la casa. Las mujeres que lavan en el río nunca lo han visto y hablan de él como si lo conocieran. Los hombres afuera de la pulquería dicen que es millonario, o espía, o santo, según la hora. Ya dejaste de corregirlos; nomás les da más curiosidad. # invented
Los niños juegan a asaltantes y guardias contra el muro nuevo, y nadie quiere ser de los guardias. # invented
- (outside)
* {outside < 3} [Quedarte un rato con los agentes en la caseta.]
    El agente Rosales es el que platica. Te cuenta que los nuevos están aburridos, los viejos avergonzados, y que todos saben lo que dicen los periódicos de la casa. # invented
    Te pregunta si los gringos de adentro de veras duermen con rifles. Le dices que duermen muy poco, con o sin ellos. Se ríe, y luego ya no. # invented
    ~ raise(trust_police, 1)
    -> outside
* {outside < 3} [Despedir a los turistas de la puerta.]
    Desde el día seis la casa no recibe turistas. Aun así, llegan parejas por el camino de tierra a ver los muros a los que dispararon los asaltantes. # cite: sch
    Les dices en español, con toda la cortesía que puedes, que esta es una casa particular y no un museo. Uno de ellos dice que algún día será museo. No contestas. # invented
    -> outside
* {outside < 3} [Leer los periódicos de la mañana en la esquina.]
    # scene: market
    # ambience: market
    La campaña de El Popular y La Voz de México no ha aflojado desde el invierno. # cite: ev
    En mayo dijeron que el asalto era un montaje, un "autoasalto" organizado por el mismo Viejo para hacerse publicidad. # cite: comintern
    Según un relato, el Viejo tiene una demanda por difamación contra El Popular, y un abogado que viene por ese asunto. # cite: ss
    El voceador te dobla un ejemplar sin que se lo pidas, y dice que su cuñado se cree cada palabra. # invented
    ~ known += k_comintern_press
    -> outside
* {outside < 3} [Irte a casa por el camino largo, junto al río.]
    # scene: street
    # ambience: garden
    Tu mamá te pregunta, como cada noche, si vale la pena. Le cuentas de los conejos, que le dan risa, y de la placa para el muchacho estadounidense, que no. # invented
    ~ letters_home++
    Más tarde le escribes a tu hermano a Monterrey. Le dices que tienes trabajo con extranjeros, lo cual es cierto, y que todo está tranquilo, lo cual es casi cierto. # class: letter # invented
    -> outside
+ [Entrar a tu turno.]
    -> visit_day

// ---------- Saturday 17 August: shared ----------
= visit_day
# scene: patio
# time: day
# ambience: garden
# music: dread
Sábado 17 de agosto de 1940 # class: title
Jacson tiene un motivo nuevo para venir. Dice que está escribiendo un artículo sobre la disputa acerca de la naturaleza de la Unión Soviética, del lado del Viejo y contra Shachtman y Burnham, y que le gustaría su consejo. # cite: pat
Sylvia Ageloff también está de vuelta en México. La pareja ha ido a la casa; se habló de un té con los Trotsky, aunque nadie a quien le preguntes sabe decir qué día. # cite: pat
En la tarde llega a la puerta con su borrador. Trae sombrero y un impermeable doblado sobre el brazo. # cite: pat
{
- role == teamster:
    Desde la cochera ves al Buick estacionarse junto al muro, y al hombre bajarse con sus papeles apretados contra el pecho, como si se los pudiera llevar el viento. No hay viento. # invented
- role == student:
    Desde la ventana de la biblioteca lo ves cruzar el patio. Te fijas en los papeles antes que en el hombre: un borrador a máquina, con las hojas enroscadas de tanto apretarlas. # invented
- else:
    El agente Rosales lo deja pasar la fila de policías sin decir palabra. "El del Buick", te dice. Todos lo conocen. # invented
}
Es una visita conocida, el hombre de Sylvia, amigo de los Rosmer. Le abren la puerta como se les abre a los amigos. # cite: han40
- (approach)
* [Pedirle al guardia de la puerta que lo revise.]
    -> search
* [Pedir quedarte en el estudio mientras platican.]
    -> stay
* [Mirar el cielo. No hay una sola nube.]
    El impermeable te inquieta más de lo que debería. Agosto es temporada de lluvias, te recuerdas, y las tardes pueden cambiar. Aun así, el cielo está despejado. # invented
    -> approach
+ [Dejarlo pasar. Es amigo de la casa.]
    -> closed_door

= search
Le jalas la manga al guardia cuando la reja se cierra y se lo dices, en voz baja: revísalo. El impermeable, los papeles, los bolsillos. # invented
El guardia te mira como los mayores miran a todos los nuevos. Desde 1937 los secretarios han pedido justamente eso: revisar a cada visita y no dejar nunca al Viejo a solas con ninguna. # cite: han40
Él se ha negado cada vez. El Viejo no permite que registren a sus amigos en su propia puerta, y este hombre es amigo de la casa. La orden sigue en pie. # pushback: search_jacson # cite: han40
~ proposals_refused++
* [Insistir. Decir que no le tienes confianza.]
    Lo dices. El guardia te pregunta qué tienes exactamente contra él. No tienes nada que puedas poner en palabras: un impermeable, una cara, una corazonada. En esta casa no se puede revisar a nadie por una corazonada, y menos a un hombre que el Viejo invitó. # invented
    ~ lower(trust_guards, 1)
    -> closed_door
* [Dejarlo así y quedarte cerca de la puerta.]
    Te colocas junto a la reja interior, desde donde ves el patio y la puerta de la casa. Es algo. No es mucho. # invented
    -> closed_door

= stay
El camino de las visitas al estudio va del patio por la biblioteca y el comedor. # cite: pat
Lo sigues hasta el comedor, donde está sentada Natalia, y le preguntas si debes entrar con ellos. Te mira con cariño, y luego mira la puerta del estudio. Nunca fue una pregunta que le tocara contestar a ella. # invented
El Viejo recibe a sus visitas a solas. Desde 1937 sus secretarios piden que nunca se quede a solas con ninguna, y él nunca ha aceptado; un guardia pegado al codo mientras platica con un camarada es justo lo que no va a tolerar. # pushback: stay_in_study # cite: han40
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
Lo que pasó adentro viene de quienes lo supieron después. Se sentó sobre el escritorio, entre los manuscritos. No se quitó el sombrero. El impermeable siguió sobre su brazo. # cite: pat
El Viejo leyó el borrador y no encontró nada original: los argumentos de su propio bando, de segunda mano. Le sugirió cambios y lo invitó a volver con una versión mejor. # cite: pat
La visita dura once minutos. # cite: pat
# scene: patio
# ambience: garden
Luego ya va cruzando otra vez el patio con sus papeles y su impermeable, y la reja se abre y se cierra detrás de él, y la tarde sigue. # invented # music: house
-> after

= after
{
- role == teamster:
    El Buick arranca al primer intento. Escuchas el motor camino abajo hasta que se pierde entre los tranvías. Reconocerías ese motor en cualquier parte. # invented
    ~ known += k_jacson_story
- role == student:
    Más tarde encuentras una copia al carbón del borrador en la mesa de la biblioteca, o eso crees; a lo mejor era otra. Es el argumento de la Mayoría de segunda mano, cada frase que has oído en el comedor desde la primavera. Un hombre que escribe así no escribe para que lo lean. # invented
    ~ known += k_jacson_story
- else:
    En la caseta, Rosales pregunta si el señor del Buick va a hacerse famoso con sus artículos. Le dices que ojalá que no. Te sale más duro de lo que querías. # invented
    ~ raise(trust_police, 1)
}
Esta parte no la sabrás sino hasta después. El Viejo le dijo a Natalia que no le gustaba el visitante. El hombre se había portado de manera extraña: sentado sobre el escritorio, sin quitarse nunca el sombrero. Y el Viejo dijo que "no se parecía en nada a un francés". # class: quote # cite: pat
Natalia recordaría también que él se preguntaba en voz alta si debía recibir otra vez a ese hombre. Si llegó a decidir algo, nadie lo puede decir con certeza. # cite: pat
# time: dusk
Esa noche, en los cuartos de los guardias, se repasa el día como quien pica las sobras de una comida. # invented
- (evening)
* {evening < 3} [Contarles a los demás lo del impermeable.]
    # scene: guardroom
    Los demás también vieron el impermeable. Es temporada de lluvias, dice uno. Es hombre de negocios, dice otro; todos son raros. No es una discusión que nadie pueda ganar, y nadie lo intenta. # invented
    ~ raise(trust_guards, 1)
    -> evening
* {evening < 3} [Preguntarle a Seva si conoce al visitante.]
    Seva tiene catorce años y está harto de que lo vigilen. Ha visto al hombre del coche y los chocolates; nada más. Prefiere hablar de la escuela. # invented
    ~ raise(trust_seva, 1)
    -> evening
* {evening < 3} {role == student} [Dejar la copia al carbón donde la encontraste.]
    La pones bocabajo debajo de una pila de periódicos franceses. Nadie te pregunta por ella, ni entonces ni después. # invented
    -> evening
* {evening < 3} {role == mexican} [Irte a casa por el camino largo y no decirle nada a tu mamá.]
    # scene: street
    # sfx: dog_bark
    Tu mamá ya está dormida. Te sientas en la cocina y escuchas a los perros contestarse de un lado a otro del cauce del río. # invented
    -> evening
* {evening < 3} {role == teamster} [Revisar los coches de la casa antes de acostarte.]
    # scene: gate
    Los dos coches arrancan. Los dos tienen gasolina. No sabrías decir para qué te estás preparando. # invented
    -> evening
+ [Ir a acostarte.]
    -> monday

= monday
# scene: study
# time: day
# music: dread
# sfx: typewriter
El lunes 19 de agosto el Viejo termina "La Comintern y la GPU": el asalto de mayo, los hombres detrás de él y el partido que los protegió, expuestos página tras página para el tribunal mexicano. # cite: lt_cgpu
En la biblioteca la copia en limpio queda apilada y emparejada. Mañana es un día de trabajo como cualquier otro. # invented # pause
-> ch6_attack
