// A TypeScript consumer of the classes and value objects app.d.ts declares (classes.test.js writes
// it from descriptor lines): it must compile with `tsc --strict`. It never runs.
import type { Exports, Imports, geo } from './app.js';

export function use({ geo: shapes }: Exports): unknown[] {
  const triangle = new shapes.Polygon([{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 0, y: 3 }]);
  const square: geo.Polygon = shapes.Polygon.square(2);
  const corner: geo.Point = triangle.corner(1);
  const moved: geo.Point = { x: corner.x + 1, y: corner.y };
  triangle.scale(2);
  triangle.name = 'triangle';
  triangle.label = undefined;
  const label: string | null = triangle.label;
  const size: number = triangle.size + triangle.area();
  const overlaps: boolean = triangle.overlaps(square.scaled(0.5));
  triangle.each((vertex) => console.log(vertex.x, vertex.y));
  const total: number = shapes.total_area([triangle, square]);
  const largest: geo.Polygon | null = shapes.largest([]);
  const none: geo.Shape = shapes.Shape.of(null);
  const vertex: geo.Polygon.Vertex = new shapes.Polygon.Vertex(0);
  {
    using unit = shapes.Polygon.unit();
    unit.scale(vertex.at.x);
  }
  const disposed: boolean = triangle.isDisposed;
  triangle.dispose();
  square[Symbol.dispose]();
  return [moved, label, size, overlaps, total, largest, none, disposed];
}

// C++ gives its import an instance and a value object.
export const canvas: Imports['Canvas'] = {
  draw: (shape, at) => console.log(shape.area(), at.x),
};
