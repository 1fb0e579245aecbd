import { absoluteCentres, edgeSides } from './edgeSides';

describe('edgeSides', () => {
  it('joins nodes side by side through the sides facing each other', () => {
    expect(edgeSides({ x: 0, y: 0 }, { x: 200, y: 10 })).toEqual({
      source: 'right',
      target: 'left',
    });
    expect(edgeSides({ x: 200, y: 10 }, { x: 0, y: 0 })).toEqual({
      source: 'left',
      target: 'right',
    });
  });

  it('joins nodes one above the other through top and bottom', () => {
    expect(edgeSides({ x: 0, y: 0 }, { x: 100, y: 60 })).toEqual({
      source: 'bottom',
      target: 'top',
    });
    expect(edgeSides({ x: 0, y: 60 }, { x: 0, y: 0 })).toEqual({
      source: 'top',
      target: 'bottom',
    });
  });
});

describe('absoluteCentres', () => {
  it('adds the positions of the groups a node sits in', () => {
    const centres = absoluteCentres([
      { id: 't', kind: 'tier', x: 100, y: 50, width: 400, height: 300 },
      {
        id: 's',
        kind: 'service',
        parentId: 't',
        x: 10,
        y: 20,
        width: 180,
        height: 48,
      },
    ]);

    expect(centres.get('s')).toEqual({ x: 200, y: 94 });
  });
});
