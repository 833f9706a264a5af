// The results module's words in Spanish (embed/results.js has English's and says how they are used).
export default {
  send: "Entregar a tu profesor",
  sending: "Entregando…",
  sent: "Entregado. Tu profesor ya puede verlo.",
  waiting: "Aún no se ha entregado: el servidor no puede recibirlo ahora. Este dispositivo lo guarda y lo envía cuando el servidor responda, mientras el cuestionario esté abierto o la próxima vez que lo abras. O copia el código.",
  "waiting-here": "Aún no se ha entregado: el servidor no puede recibirlo ahora y este navegador no guarda nada. Deja esta página abierta para enviarlo cuando el servidor responda, o copia el código.",
  gone: "Esta clase se ha borrado o ha caducado, así que no se ha enviado nada. Copia el código y dáselo a tu profesor.",
  closed: "Esta clase se ha borrado o ha caducado: ya no se puede entregar nada en ella. Puedes hacer el cuestionario igualmente; al final, copia tu código y dáselo a tu profesor.",
  refused: "El servidor no lo ha aceptado. Copia el código y dáselo a tu profesor.",
  right: "El {} % de los lectores acertó.",
  wrong: "La respuesta equivocada más común: «{}».",
  higher: "Has sacado más nota que el {} % de los lectores.",
};
