// Chapter 7: 20–22 August 1940 (record.md §1.4, §1.5, §5.6, §6).
// Every path passes `# record: death_1940_08_21` (stitch `death`) and `# record: funeral_1940_08_22`
// (stitch `procession`) once each, in that order. Nothing clinical beyond what the record states plainly.
=== ch7_death
# checkpoint: ch7_death
# scene: hospital
# time: night
# music: grief
# ambience: hospital
La Cruz Verde, 20 al 22 de agosto de 1940 # class: title
-> first_night

= first_night
La Cruz Verde es el hospital central de urgencias de la ciudad. Su director es el doctor Rubén Leñero. # cite: ss
El pasillo se llena de gente que no tiene otro lugar dónde estar: guardias, camaradas, reporteros, policías. Alguien encontró una banca, y nadie se sienta en ella. # invented
Una enfermera le rapa la cabeza antes de la operación. Él bromea con que por fin encontraron un peluquero. # cite: pat
Le pide a Hansen su libreta y le dicta. Hansen le diría después a Natalia que había sido sobre estadísticas francesas. # cite: pat
Lo que se publicó como su último mensaje decía que estaba seguro de la victoria de la Cuarta Internacional, y terminaba: "¡Adelante!". Las palabras cambian de un relato a otro, y a Natalia no le enseñaron la libreta. # class: quote # cite: sa
Cuando las enfermeras empiezan a desvestirlo, le dice a Natalia que no quiere que lo hagan ellas; quiere que lo haga ella. Se besan. Son las últimas palabras entre los dos. # cite: pat
Hacia las siete y media pierde el conocimiento. # cite: pat
Esa noche lo operan cirujanos mexicanos; Deutscher cuenta cinco. # cite: deu
El hombre que lo atacó está en el mismo hospital, bajo custodia. # cite: sa
{
- role == teamster: -> teamster_night
- role == student: -> student_night
- else: -> mexican_night
}

// ---------- The Teamster: the cars and the road ----------
= teamster_night
Alguien tiene que mantener los coches yendo y viniendo entre Coyoacán y el hospital, y tú eres el que tiene las llaves. # invented
Has llevado al Viejo al campo a buscar cactus y lo has traído de vuelta al atardecer con las botas llenas de polvo. Esta noche manejas vacío, de ida y vuelta, y el camino parece el doble de largo. # invented
- (t_night)
* {t_night < 3} [Volver a la casa por cobijas y café.]
    # scene: street
    # sfx: car_engine
    A medianoche el camino a Coyoacán está vacío, salvo por una carreta de leche y un borracho que te saluda. La casa está iluminada como un barco. Desde la torre te marcan el alto, y das tu nombre como si no lo supieran. # invented
    # scene: gate
    # sfx: steel_door
    Cargas el asiento de atrás con cobijas, un termo, una caja de pan. Los conejos duermen. # invented
    -> t_night
* {t_night < 3} [Esperar en el Ford, afuera, con el motor caliente.]
    Te sientas con la ventanilla abajo y escuchas la ciudad. Cada vez que llega una ambulancia levantas la vista. Ninguna tiene que ver contigo. # invented
    Jake Cooper sale una vez a fumar. Ninguno de los dos menciona Minneapolis, ni las huelgas, ni nada. # invented
    ~ raise(trust_guards, 1)
    -> t_night
* {t_night < 3} [Escribirle a tu mamá al reverso de un formulario del hospital.]
    ~ letters_home++
    Mamá: mientras te escribo esto, todavía está vivo. Quería que lo supieras por mí y no por los periódicos. No vengas. Ya nadie puede hacer nada más que esperar. # class: letter # invented
    La doblas y la guardas en la bolsa de la camisa. No la mandas sino hasta tres días después. # invented
    -> t_night
+ [Volver a entrar.]
    -> vigil

// ---------- The Student: telegrams and Sylvia ----------
= student_night
# ambience: house
En un cuarto lateral alguien puso una máquina de escribir sobre un carrito, y empiezan los telegramas: a Nueva York, a París, a camaradas que no lo van a creer hasta leerlo dos veces. # invented
- (s_night)
* {s_night < 3} [Escribir a máquina los telegramas a Nueva York.]
    # sfx: typewriter
    Escribes las mismas pocas frases una y otra vez. ATACADO. OPERADO. ESTADO GRAVE. Para la décima copia las palabras ya no significan nada, lo cual es una misericordia. # invented
    -> s_night
* {s_night < 3} [Preguntar qué pasó con Sylvia.]
    Sylvia Ageloff no estaba en la casa. La policía se la llevó para interrogarla, y después la soltará. # cite: pat
    La mayoría de los historiadores piensa que ella nunca supo lo que de verdad era el hombre al que amaba. # cite: con
    Unos cuantos autores partidistas han sostenido que sí lo sabía; los historiadores en general no los han seguido. # cite: wsws
    La recuerdas escribiendo a máquina en la biblioteca, en el invierno. No logras que las dos imágenes encajen. # invented
    ~ known += k_sylvia
    -> s_night
* {s_night < 3} [Escribirle a Miriam.]
    ~ letters_home++
    Miriam: esta noche lo operaron. No dejo de pensar en Bob. Él habría sabido qué decirles a los reporteros. Yo no le he dicho nada a nadie. Diles a los demás que esperen noticias nuestras y no de los periódicos. # class: letter # invented
    -> s_night
+ [Volver al pasillo.]
    -> vigil

// ---------- The Mexican comrade: the police and the prisoner ----------
= mexican_night
# scene: street
# ambience: street
Afuera del hospital la calle está llena. Ya salieron las ediciones de la noche, y los voceadores gritan su nombre, y el nombre equivocado del hombre que lo atacó. # invented
- (m_night)
* {m_night < 3} [Dar tu declaración al servicio secreto.]
    # scene: hospital
    # ambience: hospital
    El coronel Leandro Sánchez Salazar, jefe del servicio secreto que dirigió la investigación del asalto de mayo, vuelve a tomar el mando. Esa misma noche empieza a interrogar al detenido. # cite: ss
    Esperas dos horas en un pasillo, con el sombrero en las manos, para decir lo que viste: un coche, un impermeable, un grito. Un escribiente lo anota todo y te hace firmar cada hoja. # invented
    ~ raise(trust_police, 1)
    -> m_night
* {m_night < 3} [Escuchar lo que dice la gente.]
    No todos los de afuera son amigos. Oyes a un hombre decir que el viejo ruso se lo buscó; oyes a una mujer decirle que cierre la boca. Más que nada oyes a la gente preguntarse si ya se murió. # invented
    ~ known += k_comintern_press
    -> m_night
* {m_night < 3} [Ir a casa a avisarle a tu mamá antes de que lo oiga en la calle.]
    # ambience: house
    Ya está despierta. Lo oyó en la panadería. Te toma la cara con las dos manos como para comprobar que sigue ahí, y no te dice que te lo advirtió. # invented
    ~ letters_home++
    -> m_night
+ [Quedarte en la puerta del hospital.]
    -> vigil

// ---------- 21 August: the vigil, shared ----------
= vigil
# scene: hospital
# ambience: hospital
# time: day
Miércoles 21 de agosto de 1940 # class: title
Todo el día yace inconsciente después de la operación. Natalia se queda a su lado. # cite: deu
Los guardias se turnan en la puerta del cuarto, de dos en dos; cuando los relevan salen al sol, y luego regresan. # invented
Los periódicos de la mañana pasan de mano en mano por el pasillo y vuelven a quedar a medio leer. Cada uno cuenta una historia distinta sobre el hombre del otro cuarto: un belga, un canadiense, un francés, un marido celoso, un discípulo decepcionado. Dejas de leerlos. # invented
En la banca junto a la ventana alguien dejó una bolsa de naranjas, y para el mediodía ya no queda ninguna, se las comieron una por una personas que no se daban cuenta de que tenían hambre. # invented
Aquí a nadie hay que decirle quién lo mandó. Él mismo lo dijo, en la ambulancia: lo más probable, el GPU. # cite: pat
{
- role == mexican:
    En el pasillo pasas junto al cuarto donde tienen al detenido. Sánchez Salazar lo interrogará cinco días con sus noches, y el expediente policiaco llegará a ciento cuarenta y cuatro hojas. # cite: ss
    Oyes que el doctor Leñero teme que envenenen al hombre en su hospital, y quiere que se lo lleven. Pronto lo trasladarán a una celda blindada en la jefatura de policía. # cite: ss
    El hombre dice llamarse Jacques Mornard Vandendreschd, belga, hijo de un diplomático. A fin de mes el encargado de negocios de Bélgica hablará con él y concluirá que de belga no tiene nada. # cite: ss
- role == student:
    Te sientas con un periódico que no lees. Alguien dice que Hansen ya está apuntando todo lo que recuerda, mientras todavía lo recuerda con exactitud. # invented
    En octubre lo publicará: "Con Trotsky hasta el final". # cite: han40
- else:
    Traes en el coche, desde la casa, los libros de la escuela de Seva y una muda de ropa para quien la necesite, y luego los vuelves a llevar, porque nadie los necesita. # invented
}
- (waiting)
* {waiting < 3} [Hacer tu turno en la puerta del cuarto.]
    # scene: hospital
    # ambience: hospital
    Te quedas de pie, con la espalda contra la pared y las manos atrás. Los médicos entran y salen. Sus caras no te dicen nada, y eso te lo dice todo. # invented
    ~ raise(trust_guards, 1)
    -> waiting
* {waiting < 3} [Salir a tomar aire.]
    # scene: street
    # ambience: street
    Pasa un tranvía. Un niño vende billetes de lotería. Una mujer con una canasta de flores pregunta si son para el ruso, y cuando le dices que no sabes, de todos modos te deja una. # invented
    -> waiting
* {waiting < 3} [Sentarte un rato junto a Natalia, si ella lo permite.]
    # scene: hospital
    # ambience: hospital
    No levanta la vista, pero quita su bolsa de la silla de al lado para que te puedas sentar. Te quedas un cuarto de hora. Ninguno de los dos habla. # invented
    ~ raise(trust_natalia, 1)
    -> waiting
+ [Esperar donde estás.]
    -> death

= death
# scene: hospital
# ambience: hospital
# time: dusk
# music: grief
Hacia las siete y veinticinco de la noche del miércoles 21 de agosto, muere León Trotsky. Tenía sesenta años. # record: death_1940_08_21 # cite: neuro
La hora se cuenta de manera un poco distinta. Las agencias de noticias dieron las 7:25. # cite: sf_examiner_1940
El periódico del propio partido dio las 7:30, veintiséis horas después del golpe. # cite: sa
Un estudio médico moderno cuenta unas veinticinco. # cite: neuro
Nunca despertó después de la operación. # cite: neuro
La noticia sale del cuarto sin que nadie la diga. # invented
* [Quedarte en el pasillo.]
    Te quedas donde estás. Alguien se pone a llorar, y luego para, y luego vuelve a empezar. No volteas a ver quién es. # invented
* [Salir a la calle.]
    # scene: street
    # ambience: crowd
    Afuera, la gente ya se enteró. Se va quedando callada de adelante hacia atrás, como un campo cuando se detiene el viento. # invented
* [Buscar a los otros guardias.]
    Los encuentras en el cubo de la escalera, todos juntos por primera vez desde mayo. Durante un buen rato nadie dice nada. Luego alguien dice que deberían volver todos a la casa, porque sigue siendo una casa, y todavía hay gente en ella. # invented
    ~ raise(trust_guards, 1)
- -> night_after

= night_after
# scene: gate
# time: night
# ambience: night
Esa noche, en Avenida Viena, las torres tienen guardia y los reflectores arden a lo largo de los muros, porque a nadie se le ocurre qué otra cosa hacer. # invented
Nadie entra al estudio. Por la puerta abierta se ve la mesa larga con sus libros y manuscritos, el gran mapa de México en la pared, el dictáfono. # cite: time
En algún lugar de ese escritorio están las balas que guardó de la noche del asalto de mayo, como recuerdo. # cite: pat
Durante tres meses fueron una broma que la casa podía compartir: la noche en que fallaron. # invented
En el comedor alguien puso la mesa para la cena por costumbre, y nadie la levanta, y nadie se sienta. # invented
Piensas en todas las discusiones de este verano sobre revisiones y puertas y sobre quién debía quedarse a solas con quién, y en lo sencillo que se veía desde la torre: dos hombres por cada entrada. Nunca fue la puerta. Fue la confianza, y para eso no había acero. # invented
{
- role == teamster:
    Guardas el Ford, y luego lo vuelves a sacar, y lo vuelves a guardar. Al final te sientas en la cochera con la puerta cerrada. # invented
- role == student:
    Entras a la biblioteca. Los papeles para el tribunal están en la mesa donde los dejaron. Emparejas la pila, y luego la dejas en paz. # invented
- else:
    Caminas a tu casa junto al cauce del río. Los policías de la caseta se forman en fila y se quitan la gorra cuando pasas, como si fueras de la familia. # invented
}
* [Subir a la torre a pasar la noche.]
    # scene: tower
    Haces la guardia de noche sin que te lo pidan. Nada se mueve en el camino. Al fin y al cabo, aquí ya no queda nada que alguien necesite matar. # invented
* [Sentarte un rato con Seva.]
    Seva está despierto. No hablan de su abuelo. Te pregunta si ya les dieron de comer a los conejos, le dices que sí, dice que bueno, y esa es toda la conversación. # invented
    ~ raise(trust_seva, 1)
- -> procession

// ---------- 22 August: the procession, shared ----------
= procession
# scene: procession
# time: day
# ambience: crowd
# music: grief
Jueves 22 de agosto de 1940 # class: title
El féretro sale de la funeraria Alcázar y atraviesa la ciudad: por las avenidas principales y por los barrios obreros, despacio, con gente caminando detrás. # record: funeral_1940_08_22 # cite: deu
Cuántos caminaron o se pararon a verlo pasar es cosa discutida. El museo de la casa da unas 250,000 personas. # cite: museum_site
Relatos posteriores hablan de unas 300,000. # cite: crowd_300k
Estados Unidos negó la visa para que su cuerpo fuera llevado allá. # cite: deu
{
- role == teamster:
    Caminas cerca del final con los otros guardias. Tus pies saben marchar desde Minneapolis, y te da un poco de vergüenza lo fácil que agarran el paso. # invented
- role == student:
    Caminas con una libreta en el bolsillo que no vas a abrir. Tratas de recordar cada cara, como si alguien fuera a pedirte cuentas de ellas después. # invented
- else:
    Tu mamá está en una esquina del recorrido con mujeres de tu calle. No saluda. Se persigna cuando pasa el féretro y luego, como tú vas detrás, se vuelve a persignar. # invented
}
- (route)
* {route < 3} [Mirar las caras a lo largo del recorrido.]
    Obreros de overol, mujeres que cargan a sus niños en alto, estudiantes, hombres con el sombrero contra el pecho. Muchos, piensas, nunca han leído una palabra de lo que escribió. Vinieron de todos modos. # invented
    -> route
* {route < 3} [Escuchar los cantos.]
    Allá adelante alguien empieza La Internacional, y el canto corre hacia atrás por el cortejo a pedazos, en español y en otros idiomas, nunca del todo a tiempo. # invented
    -> route
* {route < 3} [Buscar a los otros guardias entre la gente.]
    Los reconoces por su manera de caminar: hombres que no han dormido y que, por costumbre, no les quitan los ojos a las azoteas. En las azoteas ya no queda nadie a quien proteger. Miras de todos modos. # invented
    ~ raise(trust_guards, 1)
    -> route
+ [Seguir caminando sin levantar la vista.]
    -> what_follows

= what_follows
# scene: street
# ambience: street
El cuerpo fue velado antes de ser incinerado. Cuándo fue la cremación tampoco está claro: la placa de la casa sugiere que el mismo día, otros relatos que unos días después. # cite: museum_site
Natalia guardará las cenizas en la casa. Más tarde las colocarán en el jardín, en una estela alta diseñada por Juan O'Gorman que lleva la bandera roja y el emblema de la hoz y el martillo. # cite: museum_site
{
- role == mexican: -> mexican_court
- role == student: -> student_close
- else: -> teamster_close
}

= mexican_court
# scene: street
Esa tarde te llega el citatorio: el juzgado de Coyoacán quiere las declaraciones de todos los que estaban en la casa. # invented
El caso quedará en manos del juez Raúl Carrancá y Trujillo. # cite: ss
* [Ir, y contarlo exactamente como pasó.]
    Te sientas en una banca de madera, en un cuarto que huele a tinta y a cera para pisos, y lo cuentas con exactitud: el coche, el impermeable, el grito, la orden de no matarlo. Un escribiente lo pasa a máquina. Firmas. Es lo único que todavía puedes hacer por él, y lo haces con más cuidado que nada en tu vida. # invented
    ~ raise(trust_police, 1)
* [Ir, y pedir ver al detenido.]
    Se ríen de ti, sin mala intención. El detenido es asunto de Sánchez Salazar. Lo interroga día y noche, y el hombre se aferra a la historia de su carta: un seguidor desencantado, al que el Viejo quería mandar a Rusia a hacer sabotaje. # cite: ss
    Pasarán años antes de que alguien demuestre quién es en realidad. # cite: con
    ~ known += k_jacson_story
- Caminas a casa por Coyoacán al atardecer. Los periódicos de los puestos ya discuten quién lo mandó. # invented
-> ending

= student_close
# scene: library
# ambience: house
De vuelta en la casa, la biblioteca está llena de gente que no sabe adónde más ir. # invented
* [Empezar un índice de todo lo que se llevó la policía.]
    Haces listas porque las listas son lo tuyo: los papeles, la pistola, el impermeable, el artículo. Alguien las va a necesitar para el juicio. # invented
    El juicio será lento. El tribunal no dará su sentencia sino hasta abril de 1943. # cite: rourke_1943
* [Sentarte en la entrada del estudio, sin entrar.]
    La puerta del estudio está cerrada. Te sientas en el escalón de afuera, donde otras tardes te sentabas con una taza de café, y piensas en Bob, y en el Viejo, y en la lista de muertos en que se había convertido su propia familia. # invented
    ~ known += k_harte_past
- -> ending

= teamster_close
# scene: gate
# ambience: garden
De vuelta en la casa, hay que dar de comer a los animales, pase lo que pase. # invented
* [Darles de comer a los conejos.]
    # scene: patio
    Diecinueve conejeras. Lo haces como lo viste hacerlo a él: despacio, hablándoles un poco. Te sientes un tonto, y terminas de todos modos. # invented
    ~ raise(trust_seva, 1)
* [Lavar el Ford y guardarlo.]
    Le lavas al coche el polvo de tres días y el lodo del camino al hospital, y luego ya no queda nada que lavar. # invented
- -> ending

= ending
{letters_home > 0:
    Ya has escrito a casa otras veces; esta noche no puedes. Te quedas con la pluma sobre el papel hasta que a la lámpara se le acaba el aceite. # invented # scene: gate # time: night # ambience: night # music: grief
- else:
    Nunca has escrito a casa sobre nada de esto. Esta noche lo intentas, y llegas hasta la fecha. # invented # scene: gate # time: night # ambience: night # music: grief
}
Las torres siguen con guardia. Los reflectores de los muros se encienden al oscurecer, como para eso los hicieron, sobre una casa que ya no tiene a nadie que perder. # invented # pause
-> epilogue
