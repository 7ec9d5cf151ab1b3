import type { TeacherStrings } from '../teacher-strings.ts';

/** La entrada docente, los botones del menú de lectura, la pausa que detiene la historia y la vista de proyección. */
export const teacherStrings: TeacherStrings = {
  forTeachers: 'Para docentes',
  forTeachersHint: 'Abre la edición para el aula: guía docente, tarjetas de rol, planes de clase y vista del grupo.',
  backToTitle: 'Pantalla de inicio',
  teacherTools: 'Herramientas docentes',
  teacherToolsTitle: 'Herramientas docentes',
  close: 'Cerrar',
  pauseWait: 'Tu maestro o maestra te dirá cuándo seguir',
  pauseWaitHelp:
    'Detente aquí y comenta la pregunta con tu grupo. Cuando te lo indiquen, mantén presionado el botón de abajo hasta que se llene.',
  holdToGoOn: 'Mantén presionado para seguir',
  holdProgress: 'Sigue presionando…',
  backToPause: 'Esperando indicación: abrir la pantalla de pausa',
  planLegend: 'Plan de clase',
  plan45: '45 minutos: la versión corta de cada capítulo',
  plan90: '90 minutos (o en casa): el capítulo completo',
  planHelp: 'La elección se guarda en esta computadora y en el enlace del aula.',
  contents: 'Contenido',
  presenter: 'Vista de proyección',
  presenterTitle: 'Vista de proyección',
  presenterHelp:
    'Para el proyector. Pegue los códigos de resultado del grupo: todo se calcula en esta computadora y nada se envía a ningún lado. Los nombres que escriba se guardan solo en esta computadora.',
  presenterQuestion: 'La pregunta',
  presenterChapter: 'Capítulo',
  presenterClass: 'El grupo',
  presenterRoster: 'Quién ha terminado',
  presenterRosterHelp:
    'El alumnado agrega sus iniciales al código de resultado. Escriba las iniciales o los nombres del grupo, uno por línea, para ver quién falta por entregar.',
  presenterPaste: 'Códigos de resultado',
  presenterPasteHelp: 'Pegue los códigos, uno por línea, o cualquier texto que los contenga.',
  presenterAdd: 'Mostrar en pantalla',
  presenterClear: 'Borrar los códigos',
  presenterNames: 'Su grupo (iniciales o nombres)',
  presenterNamesHelp: 'Uno por línea, por ejemplo «AB» o «Ana B.»: se guardan solo en esta computadora.',
  presenterNoCodes: 'Todavía no hay códigos de resultado.',
  presenterFinished: 'Entregó',
  presenterNotYet: 'Falta',
  presenterStudents: (count) => (count === 1 ? '1 estudiante' : `${count} estudiantes`),
  presenterCompare: 'El grupo y el registro histórico',
  presenterRecordSays: 'Lo que sostienen los historiadores',
  presenterClassSays: 'El grupo',
  presenterProposals: 'Defensas que propuso el grupo',
  presenterInPlace: 'En uso el 20 de agosto de 1940',
  presenterInPlaceValues: { yes: 'sí', no: 'no', partly: 'en parte', unclear: 'las fuentes no lo dicen' },
  presenterNoView: 'Sin opinión',
  presenterOthers: 'Fuera de la lista',
  presenterNoInitials: 'sin iniciales',
  presenterRejected: (count) =>
    count === 1
      ? 'Un fragmento de texto no se pudo leer como código.'
      : `${count} fragmentos de texto no se pudieron leer como códigos.`,
  presenterPrevious: 'Capítulo anterior',
  presenterNext: 'Capítulo siguiente',
  presenterKeys: 'Teclas: ← y → cambian de capítulo.',
};
