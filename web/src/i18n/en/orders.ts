/** What inbound and outbound order screens share: the delivery remainder of a line. */
export const orders = {
  remainder: {
    title: 'Delivery remainder',
    hint_inbound: 'What a line still expects beyond what was received: 0 closes it (a line with nothing received is canceled). It changes an order the ERP owns; its next message for the order sets the line again.',
    hint_outbound: 'What a line still orders beyond what was shipped, never less than what is released to the warehouse: 0 closes it (a line with nothing shipped is canceled) and gives back its reservation. It changes an order the ERP owns; its next message for the order sets the line again.',
    line: 'Line',
    lineOption: 'Line {{line}}: {{item}}, {{remaining}} remaining',
    quantity: 'Remaining quantity ({{unit}})',
    set: 'Set delivery remainder',
    question: 'Set the delivery remainder of line {{line}} to {{quantity}} {{unit}}?',
    consequence_inbound: 'The line then expects what was received plus {{quantity}} {{unit}}.',
    consequence_outbound: 'The line then orders what was shipped plus {{quantity}} {{unit}}.',
    done: 'Line {{line}} now has {{remaining}} remaining.',
  },
};
