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
La Cruz Verde es el hospital central de urgencias de la ciudad. # cite: ss
{not classroom_cut:
    Su director es el doctor Rubén Leñero. # cite: ss
}
{not classroom_cut:
    Guardias, compañeros, reporteros y policías llenan el pasillo. Alguien encontró una banca, y nadie se sienta en ella. # invented
}
{not classroom_cut:
    Una enfermera le rapa la cabeza antes de la operación. Él bromea con que por fin encontraron un peluquero. # cite: pat
}
Le pide a Hansen su libreta y le dicta. # cite: pat
Lo que se publicó como su último mensaje decía que estaba seguro de la victoria de la Cuarta Internacional, y terminaba: «¡Adelante!». # class: quote # cite: sa
Cuando las enfermeras empiezan a desvestirlo, Trotsky le dice a Natalia que no quiere que ellas lo desvistan; quiere que lo haga ella. Se besan. # cite: pat
Hacia las siete y media pierde el conocimiento. # cite: pat
{not classroom_cut:
    Esa noche lo operan cirujanos mexicanos; Deutscher cuenta cinco. # cite: deu
}
El hombre que lo atacó está en el mismo hospital, bajo custodia. # cite: sa
-> two_doors

= two_doors
Esta noche importan dos puertas: la del Viejo, con Natalia adentro, y la del fondo, con un policía afuera en una silla de cocina. # invented
* (prisoner_door) [Ofrecerte a cuidar también la puerta del detenido.]
    El policía te escucha hasta el final y te dice, con bastante amabilidad, que el detenido ahora es asunto de México, y México lo va a mantener vivo. Es exactamente lo que quería el Viejo, y tienes que alejarte. # invented
    ~ raise(trust_police, 1)
* (natalia_door) [Quedarte donde Natalia pueda verte.]
    Encuentras un lugar contra la pared donde ella te vería si saliera. No sale. Cada vez que una enfermera entra o sale, te enderezas como para una inspección. # invented
    ~ raise(trust_natalia, 1)
- {
- classroom_cut: -> house_morning
- role == teamster: -> teamster_night
- role == student: -> student_night
- else: -> mexican_night
}

// ---------- The Teamster: the cars and the road ----------
= teamster_night
Alguien tiene que mantener los coches yendo y viniendo entre Coyoacán y el hospital, y tú eres el que tiene las llaves. # invented
Todo el verano hiciste los mandados de la casa: la leche, la aduana, el vidriero, el taller del centro. Esta noche manejas vacío, de ida y vuelta, y el camino parece el doble de largo. # invented
- (t_night)
* (t_blankets) {t_night < 3} [Volver a la casa por cobijas y café.]
    # scene: street
    # sfx: car_engine
    A medianoche el camino a Coyoacán está vacío, salvo por una carreta de leche y un borracho que te saluda. La casa está iluminada como un barco. Desde la torre te marcan el alto, y das tu nombre como si no lo supieran. # invented
    # scene: gate
    # sfx: steel_door
    Cargas el asiento de atrás con cobijas, un termo, una caja de pan. Los conejos duermen. # invented
    -> t_night
* (t_ford) {t_night < 3} [Esperar en el Ford, afuera, con el motor caliente.]
    Te sientas con la ventanilla abajo y escuchas la ciudad. Cada vez que llega una ambulancia levantas la vista. Ninguna tiene que ver contigo. # invented
    Otro de los guardias sale una vez a fumar. Ninguno de los dos menciona Minneapolis, ni las huelgas, ni nada. # invented
    ~ raise(trust_guards, 1)
    -> t_night
* {t_night < 3} [Escribirle a tu mamá al reverso de un formulario del hospital.]
    ~ letters_home++
    Mamá: mientras te escribo esto, todavía está vivo. Quería que lo supieras por mí y no por los periódicos. No vengas. Ya nadie puede hacer nada más que esperar. # class: letter # invented
    La doblas y la guardas en la bolsa de la camisa. No la mandas sino hasta tres días después. # invented
    -> t_night
+ [Volver a entrar.]
    -> house_morning

// ---------- The Student: telegrams and Sylvia ----------
= student_night
# ambience: house
En un cuarto lateral alguien puso una máquina de escribir sobre un carrito, y empiezan los telegramas: a Nueva York, a París, a compañeros que no lo van a creer hasta leerlo dos veces. # invented
- (s_night)
* (s_telegrams) {s_night < 3} [Escribir a máquina los telegramas a Nueva York.]
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
    -> house_morning

// ---------- The Mexican comrade: the police and the prisoner ----------
= mexican_night
# scene: street
# ambience: street
Afuera del hospital la calle está llena. Ya salieron las ediciones de la noche, y los voceadores gritan su nombre, y el nombre equivocado del hombre que lo atacó. # invented
- (m_night)
* (m_statement) {m_night < 3} [Dar tu declaración al Servicio Secreto.]
    # scene: hospital
    # ambience: hospital
    El coronel Leandro Sánchez Salazar, jefe del Servicio Secreto que dirigió la investigación del asalto de mayo, vuelve a tomar el mando. Esa misma noche empieza a interrogar al detenido. # cite: ss
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
    -> house_morning

// ---------- 21 August: the house without him, shared ----------
= house_morning
# scene: patio
# time: dawn
# ambience: garden
Miércoles 21 de agosto de 1940 # class: title
{classroom_cut: -> police_study}
Al amanecer alguien tiene que regresar a Avenida Viena: tú. La casa se ve más chica. # invented
Hank Schnautz, que llegó en julio, está de guardia ese día; su diario lo registra. # cite: sch
Cada mañana el Viejo les daba de comer él mismo a los conejos y a las gallinas, antes de sentarse a trabajar. # cite: sch
Esta mañana los conejos se amontonan contra la malla al oír pasos, y los pasos son los tuyos. # invented
* (fed_alone) [Darles de comer tú mismo, conejera por conejera, y luego a las gallinas.]
    Recorres la fila despacio, como lo viste hacerlo, y luego cruzas a las gallinas, que no se fijan en quién les lleva el desayuno. Es la primera hora desde ayer en que sabes exactamente qué hacer. # invented
* (seva_helped) [Buscar a Seva y pedirle que te ayude.]
    Seva está sentado en el escalón con la ropa de la escuela, aunque nadie ha dicho una palabra de la escuela. Cuando le dices que los conejos esperan se levanta de inmediato, contento de tener algo que cargar. Hacen juntos las conejeras sin hablar. # invented
    ~ raise(trust_seva, 1)
- -> police_study

= police_study
# scene: study
# ambience: house
{not classroom_cut:
    Más tarde la policía vuelve al estudio con una cámara y una cinta de medir. # invented
}
Se llevan lo que el hombre traía consigo: una pistola, una daga larga y el piolet con el mango recortado. La policía guardará el piolet como prueba. # cite: axe
En el bolsillo, dicen, llevaba una carta escrita a máquina en francés, en la que se presenta como un seguidor del Viejo que perdió la fe. # cite: ss
{house ? visitor_log: Un agente hojea el libro de visitas de la torre, encuentra el nombre del hombre una y otra vez, y quiere saber cómo fue que dejaron entrar a un hombre así.|Un agente quiere saber cómo fue que dejaron entrar a un hombre así.} # invented
* (told_detective) [Decirle las cosas como son: a los amigos de la casa no se les revisaba.]
    Según lo contaría Hansen después, el Viejo no quería que a sus amigos los trataran como sospechosos, por más que se lo pidieran. # cite: han40
    {proposals_refused > 0: Tú mismo pediste revisiones, y te las negaron; también eso se lo dices, despacio, para que pueda anotarlo.|Se lo dices despacio, para que pueda anotarlo.} Cuando te lo vuelve a leer, en su español seco de oficina, suena a confesión. # invented
    ~ raise(trust_police, 1)
* [Decir que contestarás cuando esté presente alguien de la casa.]
    El agente se encoge de hombros y va a buscar a otro. Después un compañero mayor te dice que hiciste bien en cuidarte. # invented
    Después del asalto de mayo, la policía había detenido a dos de los guardias y los tuvo presos varios días. # cite: pat
    ~ raise(trust_guards, 1)
- -> vigil

// ---------- 21 August: the vigil, shared ----------
= vigil
# scene: hospital
# ambience: hospital
# time: day
Todo el día yace inconsciente después de la operación. Natalia se queda a su lado. # cite: deu
{not classroom_cut:
    Los periódicos de la mañana pasan de mano en mano, cada uno con su propia historia del detenido: un belga, un canadiense, un francés, un marido celoso, un discípulo decepcionado. {known ? k_comintern_press: Ya sabes qué periódico va a decir qué, y dejas de leerlos.|Dejas de leerlos.} # invented
    {trust_police >= 2: El policía de la puerta del fondo te deja una bolsa de naranjas en la banca, y para el mediodía ya no queda ninguna: se las comió gente que no se daba cuenta de que tenía hambre.|Alguien deja una bolsa de naranjas en la banca, y para el mediodía ya no queda ninguna: se las comió gente que no se daba cuenta de que tenía hambre.} # invented
}
Aquí a nadie hay que decirle quién lo mandó. Él mismo se lo dijo a Hansen en la ambulancia: la GPU o un fascista, y lo más probable, la GPU. # cite: pat
{
- role == mexican:
    En el pasillo pasas junto al cuarto donde tienen al detenido. Sánchez Salazar lo interrogará cinco días con sus noches, y el expediente policiaco llegará a ciento cuarenta y cuatro hojas. # cite: ss
    {not classroom_cut:
        Oyes que el doctor Leñero teme que envenenen al hombre en su hospital, y quiere que se lo lleven. Pronto lo trasladarán a una celda blindada en la jefatura de policía. # cite: ss
        El hombre dice llamarse Jacques Mornard Vandendreschd, belga, hijo de un diplomático. A fin de mes el encargado de negocios de Bélgica hablará con él y concluirá que de belga no tiene nada. # cite: ss
    }
- role == student:
    Te sientas con un periódico que no lees. Alguien dice que Hansen ya está apuntando todo lo que recuerda, mientras todavía lo recuerda con exactitud. # invented
    En octubre lo publicará: «Con Trotsky hasta el final». # cite: han40
- else:
    {t_blankets: Traes en el coche los libros de la escuela de Seva con otra carga de cobijas, y luego lo vuelves a llevar todo, porque nadie lo necesita.|Traes en el coche, desde la casa, los libros de la escuela de Seva y una muda de ropa para quien la necesite, y luego los vuelves a llevar, porque nadie los necesita.} # invented
}
{classroom_cut: -> natalia_hours}
-> press_corridor

= press_corridor
Para la tarde los reporteros ya encontraron la banca en la que nadie quería sentarse, y se sientan en ella. # invented
Uno de ellos, un norteamericano con el sombrero echado hacia atrás, te pregunta cómo era el Viejo. No lo que escribía, aclara: cómo era. # invented
* (told_rabbits) [Contarle de los conejos y de las salidas a buscar cactus.]
    Le cuentas de las conejeras, de las gallinas, de los cactus que sacó en las salidas del invierno pasado. Lo anota todo. Ya ves cómo va a convertir al Viejo en un jardinero bonachón, que no es más cierto que el monstruo de los otros periódicos. # invented
* (told_ask) [Decirle que pregunte quién mandó al hombre que está detenido.]
    Se ríe, y luego deja de reírse. # invented
    Desde mayo la prensa comunista de aquí dice que el asalto a la casa fue un montaje del propio Viejo contra sí mismo. # cite: comintern
    Te preguntas en voz alta qué van a publicar ahora esos periódicos. El reportero también lo anota. # invented
    ~ known += k_comintern_press
* [No decir nada y señalarle el fondo del pasillo.]
    En la casa acordaron que una sola persona a la vez hablaría por todos. Señalas. El reportero te da las gracias como si al final le hubieras dicho algo, y se va. # invented
    ~ raise(trust_guards, 1)
- -> natalia_hours

= natalia_hours
{natalia_door: Natalia solo sale cuando los médicos la mandan afuera, y sus ojos buscan el lugar junto a la pared donde estuviste anoche.|Natalia solo sale cuando los médicos la mandan afuera.} # invented
Después del asalto de mayo, según lo recordaría Seva, su abuelo le decía cada mañana que les habían regalado un día más de vida. # cite: ev
Hoy no hay nadie que se lo diga. # invented
* [Llevarle un té y dejárselo en la silla de al lado.]
    Parece no darse cuenta. Una hora después la taza está vacía, y ella levanta la vista y te da las gracias, en francés. # invented
    ~ raise(trust_natalia, 1)
* [Dejarla en paz. Ya tiene bastante gente alrededor.]
    Vuelves a la banca. Más tarde te vas a preguntar si fue delicadeza o cobardía, y decidirás que fue un poco de cada cosa. # invented
- {
- classroom_cut: -> death
- role == teamster: -> teamster_day
- role == student: -> student_day
- else: -> mexican_day
}

= teamster_day
# scene: street
# ambience: street
Desde mayo, la guardia de policía afuera de la casa es tres veces mayor. # cite: han40
Esta tarde uno de sus hombres está parado junto al Ford, sin uniforme, con el sombrero en la mano, en su tiempo libre. Te pregunta, en un español lento para que le entiendas, si hay algo que él pueda hacer. # invented
* [Pedirle que se quede contigo en la puerta del hospital.]
    Se queda una hora, y la gente de la escalinata le abre paso sin decir nada. Al irse solo dice que va a prenderle una veladora, aunque el Viejo se habría reído de él por eso. # invented
    ~ raise(trust_police, 1)
* (thanked_only) [Darle las gracias y decirle que no hay nada.]
    Asiente como si ya lo esperara. Lo ves alejarse calle abajo, un hombre bajito con un sombrero grande, y quisieras haber pensado en algo que darle para cargar. # invented
- -> afternoon_wait

= student_day
Anoche Joe Hansen anotó lo que el Viejo le dictaba con la mano derecha, aunque se la habían roto en la lucha en el estudio. # cite: pat
No dejas de pensar en esa mano moviéndose sobre la página, y en lo poco que le sirvieron todos ustedes una vez que se abrió la puerta. # invented
Hay una pregunta que da vueltas por el pasillo todo el día sin que nadie llegue a hacerla. En octubre Hansen la pondrá por escrito: ¿se pudo haber evitado? # cite: han40
Ahora un compañero joven de Nueva York la hace en voz alta, y te mira a ti, {known ? k_sylvia: porque tú conocías a Sylvia.|porque tú estabas aquí.} # invented
* (said_search) [Decir que había que revisar a todos los visitantes, amigos o no.]
    Lo dices, y nadie contesta, porque todos en el pasillo saben quién se negó, y está acostado en el cuarto de al lado. # invented
* [Decir que no hay cerradura contra un hombre al que la casa ya aceptó como amigo.]
    Les recuerdas que en mayo él llevó a los Rosmer a Veracruz, y que desde el invierno era una cara conocida en la entrada. # cite: pat
    Nadie te lo discute. No es un consuelo, pero es verdad, y hoy con eso tendrá que bastar. # invented
    ~ known += k_jacson_story
- -> afternoon_wait

= mexican_day
# scene: street
# ambience: street
Vas a tu casa por una camisa limpia, por el cauce del río frente a la casa, donde las mujeres lavan ropa. # cite: pat
Hoy la ropa espera. Las mujeres dejan de hablar cuando te ven. Una pregunta si es cierto que ya se murió. # invented
* (told_alive) [Decirles que está vivo y que está luchando.]
    Una señora mayor dice que entonces va a rezar por él. Las otras la miran, porque todo mundo sabe lo que dicen los curas del viejo ruso; ella dice que sus rezos son asunto suyo. # invented
* [Preguntarles qué se dice en la calle.]
    Que fue un amante celoso, dicen, un francés, los gringos; una dice que fue su propia gente, como decían los periódicos en mayo. Nadie dice Moscú. No las corriges, y después te da vergüenza. # invented
    ~ known += k_comintern_press
- -> afternoon_wait

= afternoon_wait
# scene: hospital
# ambience: hospital
- (waiting)
* {waiting < 3} [Hacer tu turno en la puerta del cuarto.]
    # scene: hospital
    # ambience: hospital
    Te quedas de pie, con la espalda contra la pared y las manos atrás. Los médicos entran y salen. Sus caras no te dicen nada, y eso te lo dice todo. # invented
    ~ raise(trust_guards, 1)
    -> waiting
* (w_air) {waiting < 3} [Salir a tomar aire.]
    # scene: street
    # ambience: street
    Pasa un tranvía. Un niño vende billetes de lotería. Una mujer con una canasta de flores pregunta si son para el ruso, y cuando le dices que no sabes, de todos modos te deja una. # invented
    -> waiting
* {waiting < 3} [Llamar por teléfono a la casa para preguntar por Seva.]
    # scene: hospital
    # ambience: hospital
    # sfx: phone_ring
    La línea chisporrotea. El guardia que contesta dice que Seva comió un poco y está haciendo la tarea en la mesa del comedor, como si mañana hubiera escuela. A lo mejor sí hay. # invented
    ~ raise(trust_seva, 1)
    -> waiting
+ [Esperar donde estás.]
    -> death

= death
# scene: hospital
# ambience: hospital
# time: dusk
# music: grief
La noche del miércoles 21 de agosto, hacia las siete y media, muere León Trotsky, a los sesenta años, sin haber despertado después de la operación. Los relatos no coinciden en el minuto: consulta El registro. # record: death_1940_08_21 # cite: neuro # cite: sa
La noticia sale del cuarto sin que nadie la diga. # invented
* [Quedarte en el pasillo.]
    Te quedas donde estás. Alguien se pone a llorar, y luego para, y luego vuelve a empezar. No volteas a ver quién es. # invented
* (d_street) [Salir a la calle.]
    # scene: street
    # ambience: crowd
    Afuera, la gente ya se enteró. Se va quedando callada de adelante hacia atrás, como un campo cuando se detiene el viento. # invented
* (d_guards) [Buscar a los otros guardias.]
    Los encuentras en el cubo de la escalera, todos juntos por primera vez desde mayo. Durante un buen rato nadie dice nada. Luego alguien dice que deberían volver todos a la casa, porque sigue siendo una casa, y todavía hay gente en ella. # invented
    ~ raise(trust_guards, 1)
- -> night_after

= night_after
# scene: gate
# time: night
# ambience: night
{d_guards: Esa noche, en Avenida Viena, las torres tienen guardia, como lo acordaron en la escalera, y los reflectores arden a lo largo de los muros.|{d_street: El silencio de la gente te sigue hasta la casa. Esa noche, en Avenida Viena, las torres tienen guardia, porque a nadie se le ocurre qué otra cosa hacer.|Esa noche, en Avenida Viena, las torres tienen guardia y los reflectores arden a lo largo de los muros, porque a nadie se le ocurre qué otra cosa hacer.}} # invented
{not classroom_cut:
    Nadie entra al estudio. Por la puerta abierta se ve la mesa larga con sus libros y manuscritos, el gran mapa de México en la pared, el dictáfono. # cite: time
}
{not classroom_cut:
    En algún lugar de ese escritorio están las balas que guardó de la noche del asalto de mayo, como recuerdo. # cite: pat
}
{not classroom_cut:
    En el comedor alguien puso la mesa para la cena por costumbre{w_air:, y la flor de la florista está en un vaso encima}; nadie la levanta, y nadie se sienta. # invented
}
Piensas en las discusiones del verano sobre revisiones y puertas. Nunca fue la puerta. Fue la confianza, y para eso no había acero. # invented
{
- role == teamster:
    Guardas el Ford, y luego lo vuelves a sacar, y lo vuelves a guardar. Al final te sientas en la cochera con la puerta cerrada. # invented
- role == student:
    Entras a la biblioteca. Los papeles para el tribunal están en la mesa donde los dejaron. Emparejas la pila, y luego la dejas en paz. # invented
- else:
    Caminas a tu casa junto al cauce del río. Los policías de la caseta se forman en fila y se quitan la gorra cuando pasas, como si fueras de la familia. # invented
}
* (n_tower) [Subir a la torre a pasar la noche.]
    # scene: tower
    Haces la guardia de noche sin que te lo pidan. Nada se mueve en el camino. Al fin y al cabo, aquí ya no queda nada que alguien necesite matar. # invented
* [Sentarte un rato con Seva.]
    {trust_natalia >= 2: Del hospital llegó el recado de que Natalia quiere que alguien de confianza se quede con él, y los demás te miran a ti.} {trust_seva >= 2: Seva se hace a un lado en el escalón para dejarte lugar.|Seva está despierto.} No hablan de su abuelo. {fed_alone: Te pregunta si ya les dieron de comer a los conejos, le dices que sí,|Te dice que los conejos comieron bien en la mañana, le dices que sí,} dice que bueno, y esa es toda la conversación. # invented
    ~ raise(trust_seva, 1)
- -> roof_wire

= roof_wire
# scene: tower
# time: night
{classroom_cut: -> study_door}
Ayer, cuando llegó el visitante, Hansen, Cornell y Melquíades Benítez estaban en la azotea, junto a la torre principal, conectando una sirena a la alarma. # cite: han40
Su cable sigue allá arriba, enrollado donde alguien lo soltó cuando salió el grito del estudio{house ? alarm_tested:, junto a la campana de alarma que hiciste probar}. # invented
* (r_finished) [Terminar el trabajo.]
    Trabajas con una linterna y las pinzas de la cochera. Cuando terminas, aprietas una vez el interruptor de prueba. La sirena sube sobre Coyoacán y se apaga, y a lo largo del camino se encienden luces, y luego se apagan. # invented
    # sfx: siren
    ~ raise(trust_guards, 1)
* [Dejarlo como ellos lo dejaron.]
    Enrollas el cable un poco mejor y lo dejas donde está. Otro podrá terminarlo otro día, por alguna otra razón. # invented
- -> study_door

= study_door
# scene: study
# ambience: house
Antes de dormir vuelves a pasar por el estudio. La policía ya terminó con él{told_detective:; tu declaración está en alguna de sus carpetas}. # invented
{not classroom_cut:
    En los años que vienen Natalia conservará la casa como estaba, y pedirá que no se toque nada. # cite: hommage_1962
}
* (door_closed) [Cerrar la puerta.]
    Cierras con cuidado, como si adentro alguien estuviera trabajando, y te quedas con la mano abierta sobre la madera más rato del que pensabas. # invented
* [Dejarla abierta y apagar la lámpara.]
    Estiras la mano y apagas la lámpara de la mesa larga. Por un momento el mapa de México sigue en la pared, con la luz que llega del comedor; luego tus ojos también lo pierden. # invented
- -> alcazar

// ---------- 22 August: the procession, shared ----------
= alcazar
# scene: street
# time: dawn
# ambience: street
# music: grief
Jueves 22 de agosto de 1940 # class: title
{classroom_cut: -> procession}
En la mañana el féretro está en la funeraria Alcázar, de donde saldrá el cortejo. # cite: deu
{trust_guards >= 3: Los guardias harán turnos junto a él, y pusieron tu nombre en la lista sin preguntarte.|Los guardias harán turnos junto a él, como los hacían en la entrada.} # invented
* [Hacer un turno junto al féretro.]
    Te quedas de pie, con las manos a los costados, mientras la ciudad pasa en fila: un bolero con su cajón, dos niñas con bata de escuela, un viejo con un distintivo de la República española que saluda con el puño en alto. # invented
    ~ raise(trust_guards, 1)
* [Quedarte afuera y mantener la fila en movimiento.]
    La fila baja por la calle, da vuelta en la esquina y no se acaba. Dos agentes de tránsito se acercan sin que nadie se lo pida y te ayudan a mantenerla en la banqueta. En un hueco, uno de ellos te enciende un cigarro. # invented
    ~ raise(trust_police, 1)
- -> procession

= procession
# scene: procession
# time: day
# ambience: crowd
# music: grief
El féretro sale de la funeraria Alcázar y atraviesa la ciudad: por las avenidas principales y por los barrios obreros, despacio, con gente caminando detrás. # record: funeral_1940_08_22 # cite: deu
Cuántos caminaron detrás o llenaron las banquetas del recorrido es cosa discutida. El museo de la casa cita a los periódicos de esos días: unas 250,000 personas. # cite: museum_site
Relatos posteriores hablan de unas 300,000. # cite: crowd_300k
Estados Unidos negó la visa para que su cuerpo fuera llevado allá. # cite: deu
{
- role == teamster:
    Caminas cerca del final con los otros guardias{thanked_only:, y en una esquina el policía del Ford se quita el sombrero grande}. Tus pies saben marchar desde Minneapolis, y te da un poco de vergüenza lo fácil que agarran el paso. # invented
- role == student:
    Caminas con una libreta en el bolsillo que no vas a abrir. Tratas de recordar cada cara, como si alguien fuera a pedirte cuentas de ellas después. # invented
- else:
    Tu mamá está en una esquina del recorrido con {told_alive:las lavanderas del río|mujeres de tu calle}. No saluda. Cuando pasa el féretro baja los ojos y luego, como tú vas detrás, los levanta y te encuentra. # invented
}
-> far_away

= far_away
{not classroom_cut:
    No puede ser enterrado en el país que ayudó a hacer, y ahora tampoco pueden llevarlo al país de donde vino la mayoría de sus guardias. # invented
    {told_rabbits: Detrás de ti alguien lee en voz alta el periódico del reportero norteamericano: un viejo jardinero bonachón, dice, que quería a sus conejos. Eso lo hiciste tú.|{told_ask: Detrás de ti alguien lee en voz alta el periódico del reportero norteamericano, que pregunta quién mandó al detenido: tu pregunta, impresa.|Detrás de ti un hombre dice, sin dirigirse a nadie, que el mundo entero le cerró las puertas y solo México le abrió una.}} # invented
}
* [Prometerte que vas a escribir este día para alguien que no estuvo aquí.]
    Empiezas la carta en la cabeza, caminando: el calor, los sombreros contra el pecho, las ruedas lentas. Para la siguiente esquina ya reescribiste la primera línea cuatro veces. # invented
    ~ letters_home++
* (fa_eyes) [No quitarle los ojos al féretro y dejar que el día sea solo esto.]
    Miras el féretro y nada más, y la ciudad pasa por las orillas de tu vista como el agua junto a una lancha. Después descubrirás que casi no recuerdas las calles, y que recuerdas toda la madera. # invented
- {classroom_cut: -> what_follows}
- (route)
* {route < 3} [Mirar las caras a lo largo del recorrido.]
    Obreros de overol, mujeres que cargan a sus niños en alto, estudiantes, viejos. Muchos, piensas, nunca han leído una palabra de lo que escribió. Vinieron de todos modos. # invented
    -> route
* {route < 3} [Escuchar los cantos.]
    Allá adelante alguien empieza La Internacional, y el canto corre hacia atrás por el cortejo a pedazos, en español y en otros idiomas, nunca del todo a tiempo. # invented
    -> route
* {route < 3} [Buscar a los otros guardias entre la gente.]
    Los reconoces por su manera de caminar: hombres que no han dormido, con los ojos en las azoteas por costumbre. Ya no queda nadie a quien proteger. Miras de todos modos. # invented
    ~ raise(trust_guards, 1)
    -> route
+ [Seguir caminando sin levantar la vista.]
    -> what_follows

= what_follows
# scene: street
# ambience: street
{not classroom_cut:
    El cuerpo fue velado antes de ser incinerado. Cuándo fue la cremación tampoco está claro: la placa de la casa sugiere que el mismo día, otros relatos que unos días después. # cite: museum_site
}
{not classroom_cut:
    Natalia guardará las cenizas en la casa. Más tarde las colocarán en el jardín, en una estela alta diseñada por Juan O'Gorman que lleva la bandera roja y el emblema de la hoz y el martillo. # cite: museum_site
}
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
    Te sientas en una banca de madera, en un cuarto que huele a tinta y a cera para pisos, y lo cuentas con exactitud{m_statement:, como se lo contaste al Servicio Secreto hace dos noches}: el coche, el impermeable, el grito, la orden de no matarlo. Un escribiente lo pasa a máquina. Firmas. Es lo único que todavía puedes hacer por él, y lo haces con más cuidado que nada en tu vida. # invented
    ~ raise(trust_police, 1)
* [Ir, y pedir ver al detenido.]
    Se ríen de ti, sin mala intención. El detenido es asunto de Sánchez Salazar. Lo interroga día y noche, y el hombre se aferra a la historia de su carta: un seguidor desencantado, al que el Viejo quería mandar a Rusia a hacer sabotaje. # cite: ss
    Pasarán años antes de que alguien demuestre quién es en realidad. # cite: con
    ~ known += k_jacson_story
- Caminas a casa por Coyoacán al atardecer. Los periódicos de los puestos ya discuten quién lo mandó. # invented
Tu mamá te guardó la cena, y te mira no comértela. # invented
* [Contárselo todo, desde la Cruz Verde hasta el juzgado.]
    Hablas una hora. No te interrumpe ni una vez. Cuando terminas, dice que ahora es de los dos. # invented
    ~ letters_home++
* (only_over) [Decirle solo que ya se acabó.]
    Te mira un largo rato y no pregunta nada más. # invented
- -> ending

= student_close
# scene: library
# ambience: house
De vuelta en la casa, la biblioteca está llena de gente que no sabe adónde más ir{said_search:, y nadie ahí te mira a los ojos cuando se habla de revisiones}. # invented
* (made_index) [Empezar un índice de todo lo que se llevó la policía.]
    Haces listas porque las listas son lo tuyo: los papeles, la pistola, el impermeable, el artículo. Alguien las va a necesitar para el juicio. # invented
    El juicio será lento. El tribunal no dará su sentencia sino hasta abril de 1943. # cite: rourke_1943
* [Sentarte en la entrada del estudio, sin entrar.]
    La puerta del estudio está cerrada. Te sientas en el escalón de afuera, donde otras tardes te sentabas con una taza de café, y piensas en Bob, y en el Viejo, y en la lista de muertos en que se había convertido su propia familia. # invented
    ~ known += k_harte_past
- En la noche llega un cable de Nueva York{s_telegrams:, la respuesta a los que escribiste}: los compañeros quieren saber quién se queda con Natalia y quién vuelve a casa. # invented
* [Decir que te quedas mientras ella necesite guardias.]
    Escribes tu nombre en la lista, a lápiz. Ya hay otros nombres, menos de los que esperabas. # invented
    ~ raise(trust_natalia, 1)
* [Decir que vas a volver para contar lo que pasó aquí.]
    Alguien tiene que hacerlo, te dices: en los mítines, en el periódico, a quien quiera oírlo. Hasta a ti te suena a pretexto, y también es verdad. # invented
    ~ letters_home++
- -> ending

= teamster_close
# scene: gate
# ambience: garden
De vuelta en la casa, hay que dar de comer a los animales, pase lo que pase. # invented
* [Darles de comer a los conejos.]
    # scene: patio
    Diecinueve conejeras. Lo haces como lo viste hacerlo a él: despacio, hablándoles un poco. Te sientes un tonto, y terminas de todos modos. # invented
    ~ raise(trust_seva, 1)
* (washed_ford) [Lavar el Ford y guardarlo.]
    Le lavas al coche el polvo de tres días y el lodo del camino al hospital{t_ford:, y el asiento donde pasaste aquella primera noche}, y luego ya no queda nada que lavar. # invented
- Al oscurecer Seva te encuentra en la cochera y se queda en la puerta, sin terminar de entrar. # invented
* (showed_engine) [Enseñarle cómo funciona el motor.]
    Levantas el cofre y le nombras las piezas una por una, en inglés y luego en el español chueco que comparten. Él te las repite. Durante un cuarto de hora ninguno de los dos piensa en otra cosa. # invented
    ~ raise(trust_seva, 1)
* [Acompañarlo a la casa; su abuela lo va a querer cerca.]
    Lo acompañas por el patio hasta las ventanas encendidas. En la puerta te da las buenas noches en ruso, cosa que nunca había hecho contigo, y entra. # invented
    ~ raise(trust_natalia, 1)
- -> ending

= ending
{letters_home > 0:
    Ya has escrito a casa otras veces; esta noche no puedes. Te quedas con la pluma sobre el papel hasta que a la lámpara se le acaba el aceite. # invented # scene: gate # time: night # ambience: night # music: grief
- else:
    Nunca has escrito a casa sobre nada de esto. Esta noche lo intentas, y llegas hasta la fecha. # invented # scene: gate # time: night # ambience: night # music: grief
}
* [Escribir la fecha y su nombre, y dejar lo demás para otra noche.]
    No es una carta. Es una línea, y tendrá que bastar hasta que puedas escribir las otras. # invented
    ~ letters_home++
* [Subir a la torre y hacer la guardia.]
    # scene: tower
    {n_tower: Por segunda noche seguida relevas al de turno.|Relevas al de turno sin decir palabra.} Él baja, y tú te quedas donde él estaba, mirando un camino donde nada se mueve. # invented
    ~ raise(trust_guards, 1)
- {door_closed: La puerta del estudio sigue cerrada.|La lámpara del estudio sigue apagada.} {far_away.fa_eyes: Todavía ves la madera del féretro cuando cierras los ojos.|{mexican_court.only_over or student_close.made_index or teamster_close.washed_ford or teamster_close.showed_engine: Tus manos todavía buscan algo que hacer.}} {r_finished: La sirena que conectaste espera en la azotea.} Las torres siguen con guardia. Los reflectores de los muros se encienden al oscurecer, como para eso los hicieron, sobre una casa que ya no tiene a nadie que perder. # invented # pause
-> epilogue
