// Node only: the two buttons of index.html (btn1, btn2) as EventTargets with ids, for EventsShim.js
// when there is no `document`.
class FakeButton extends EventTarget {
  constructor(id) {
    super();
    this.id = id;
  }

  click() {
    this.dispatchEvent(new Event('click'));
  }
}

const buttons = new Map(['btn1', 'btn2'].map((id) => [id, new FakeButton(id)]));

export const document = {
  getElementById: (id) => buttons.get(id) ?? null,
};
