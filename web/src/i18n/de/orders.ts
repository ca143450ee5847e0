import type { Catalogue } from '../catalogue';
import type { orders as en } from '../en/orders';

export const orders: Catalogue<typeof en> = {
  remainder: {
    title: 'Restliefermenge',
    hint_inbound: 'Was eine Position über das bereits Erhaltene hinaus noch erwartet: 0 schließt sie (eine Position ohne Eingang wird storniert). Das ändert einen Auftrag, der dem ERP gehört; seine nächste Nachricht zum Auftrag setzt die Position wieder.',
    hint_outbound: 'Was eine Position über das bereits Versendete hinaus noch bestellt, nie weniger als das ans Lager Freigegebene: 0 schließt sie (eine Position ohne Versand wird storniert) und gibt ihre Reservierung frei. Das ändert einen Auftrag, der dem ERP gehört; seine nächste Nachricht zum Auftrag setzt die Position wieder.',
    line: 'Position',
    lineOption: 'Position {{line}}: {{item}}, {{remaining}} offen',
    quantity: 'Restmenge ({{unit}})',
    set: 'Restliefermenge setzen',
    question: 'Restliefermenge von Position {{line}} auf {{quantity}} {{unit}} setzen?',
    consequence_inbound: 'Die Position erwartet dann das Erhaltene plus {{quantity}} {{unit}}.',
    consequence_outbound: 'Die Position bestellt dann das Versendete plus {{quantity}} {{unit}}.',
    done: 'Position {{line}}: jetzt {{remaining}} offen.',
  },
};
