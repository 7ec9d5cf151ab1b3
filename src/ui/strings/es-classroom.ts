import type { ClassroomStrings } from './en-classroom.ts';

/** Strings of classroom mode in Spanish (Mexico). Same type as the English table: a missing key does not compile. */
export const esClassroom: ClassroomStrings = {
  close: 'Cerrar',
  print: 'Imprimir',
  startAtChapter: 'Empezar en un capítulo',
  teacherGuide: 'Guía docente',
  roleCards: 'Fichas de personaje',
  classView: 'Vista del grupo',
  glossary: 'Glosario',
  forTeachers: 'Para docentes',
  chapterStartTitle: 'Empezar en un capítulo',
  chapterStartHelp:
    'Elija el papel que juega cada equipo y luego el capítulo. Un capítulo que empieza aquí arranca con la casa tal como era de verdad en esa fecha y con el contexto de los capítulos anteriores; al final del capítulo la historia hace una pausa para conversar.',
  playAs: 'Jugar como',
  roleNames: { teamster: 'El camionero', student: 'El estudiante', mexican: 'El compañero mexicano' },
  start: (chapter: string) => `Empezar ${chapter}`,
  readingTime: (minutes: string) => `unos ${minutes} minutos`,
  pauseTitle: 'Una pausa para conversar',
  pauseEnd: (chapter: string) => `Fin de ${chapter}`,
  pauseMore: 'Más preguntas',
  pauseCompare: 'Comparar los papeles',
  continueStory: 'Seguir',
  yourDebrief: 'Tu balance y tu código de resultado',
  debriefTitle: 'Tu balance',
  debriefButton: 'Balance',
  resultTitle: 'Tu código de resultado',
  resultHelp:
    'Dale este código a tu maestra o maestro, o guárdalo como archivo y entrega el archivo. Solo contiene tu papel, los capítulos que jugaste, tu opinión sobre los dos puntos en disputa, lo que intentaste cambiar y qué defensas propusiste: ni tu nombre ni nada de lo que escribiste.',
  saveResult: 'Guardar el código de resultado como archivo',
  saveDebrief: 'Guardar el balance como archivo',
  reflectionTitle: 'Tu reflexión',
  reflectionHelp:
    '¿Qué te sorprendió? ¿En qué versión de los hechos confías, y por qué? ¿Qué le preguntarías a alguien que estuvo ahí? Tu texto se queda en esta computadora: se imprime y se guarda con tu balance, y nunca entra en el código de resultado.',
  reflectionLabel: 'Tu reflexión (se queda en esta computadora)',
  reflectionSaved: 'Guardada en esta computadora.',
  reflectionNotSaved:
    'Este navegador no puede conservar tu texto cuando se cierra la página: imprime o guarda el balance para conservarlo.',
  resultFileName: (code: string) => `avenida-viena-resultado-${code}.txt`,
  debriefFileName: 'avenida-viena-balance.txt',
  resultFileText: (code: string, role: string, chapters: string) =>
    `Avenida Viena, 1940: resultado para la clase\n\n${code}\n\nPapel: ${role}\nCapítulos: ${chapters}\n\nAbre este archivo en la vista del grupo del juego, en la computadora del docente.\n`,
  chaptersPlayed: 'Capítulos jugados:',
  noneYet: 'ninguno todavía',
  glossaryTitle: 'Glosario',
  glossaryIntro:
    'Palabras de la época, en nuestras propias palabras, con las fuentes de cada definición. Las palabras de la historia subrayadas con puntos abren aquí su entrada.',
  glossaryLink: (term: string) => `${term}: abrir en el glosario`,
  sourcesLabel: 'Fuentes:',
  guideTitle: 'Guía docente',
  guideSections: 'Secciones de la guía',
  sections: {
    guide: 'Guía',
    roles: 'Fichas de personaje',
    glossary: 'Glosario',
    invented: 'Lo que inventamos y simplificamos',
  },
  classViewTitle: 'Vista del grupo',
  classViewHelp:
    'Pegue los códigos de resultado de sus estudiantes (uno por línea, o cualquier texto que los contenga), o abra sus archivos de resultado. Todo se cuenta aquí, en esta computadora: no se envía nada a ningún lado.',
  pasteLabel: 'Códigos de resultado',
  filesLabel: 'Archivos de resultado',
  showClass: 'Mostrar el grupo',
  clearClass: 'Empezar de nuevo',
  nothingLoaded: 'Todavía no hay códigos de resultado.',
  students: (n: number) => (n === 1 ? '1 estudiante' : `${n} estudiantes`),
  duplicates: (n: number) =>
    `${n === 1 ? 'Un código se entregó' : `${n} códigos se entregaron`} más de una vez, y se cuenta cada ` +
    'copia: dos estudiantes cuyas partidas coinciden pueden tener el mismo código. ' +
    'Si un estudiante entregó el suyo dos veces, quita la copia.',
  repeatedCode: (code: string, times: number) => `${code}: ${times} veces`,
  textCut: (chars: number) =>
    `No se leyeron ${chars.toLocaleString('es')} caracteres del final: pégalos o ábrelos por separado.`,
  readingFiles: (done: number, total: number) => `Leyendo ${done} de ${total} archivos…`,
  filesRead: (total: number) => (total === 1 ? '1 archivo leído.' : `${total} archivos leídos.`),
  fileTooLarge: (name: string) =>
    `${name} es demasiado grande para ser un archivo de resultados de un grupo y no se leyó.`,
  rejectedTitle: 'Códigos que no se pudieron leer',
  rolesTitle: 'Papeles jugados',
  chaptersTitle: 'Capítulos jugados',
  viewsTitle: (question: string) => question,
  noView: 'Sin opinión (no jugó el capítulo)',
  attemptsTitle: 'Lo que los estudiantes intentaron cambiar',
  proposalsTitle: 'Defensas que propusieron los estudiantes y que estaban en marcha al final',
  countHeader: 'Estudiantes',
  itemHeader: 'Respuesta',
  fileUnreadable: (name: string) => `No se pudo leer ${name}.`,
  resultProblem: {
    'too-long': 'Es demasiado largo para ser un código de resultado.',
    'not-a-code': 'Eso no parece un código de resultado (empieza con AVC y tiene 15 letras y cifras).',
    'bad-letter': 'Ese código tiene una letra que los códigos de resultado nunca usan.',
    'typing-mistake': 'Ese código tiene un error de escritura: revisa cada carácter.',
    'other-version': 'Ese código se hizo con otra versión del juego.',
    'not-this-game': 'Ese código no describe una partida de este juego.',
  },
};
