// A TypeScript consumer of the classes jsinterop-emit-tsd declares for classes-app.cpp: it must
// compile with `tsc --strict`, and classes-app.test.js runs what tsc emits against the module.
import { instantiate } from 'jsinterop';
import type { Exports, Imports, geo } from './classes-app.js';

const drawn: unknown[] = [];
const canvas: Imports['Canvas'] = { draw: (shape, at) => drawn.push(shape.size, at) };

export async function main(wasm: string): Promise<unknown[]> {
  const { geo: shapes } = (await instantiate<Exports>(wasm, { modules: { Canvas: canvas } })).exports;
  const triangle: geo.Polygon = new shapes.Polygon([{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 0, y: 3 }]);
  triangle.name = 'triangle';
  triangle.label = 'T';
  const corner: geo.Point = triangle.corner(1);
  const doubled = triangle.scaled(2);
  let unitArea: number;
  {
    using unit = shapes.Polygon.unit();
    unitArea = unit.area();
  }
  const bare: geo.Shape = shapes.Shape.of(null);
  const vertex: geo.Polygon.Vertex = new shapes.Polygon.Vertex(2);
  const results = [
    triangle.area(), triangle.size, triangle.name, triangle.label, corner, doubled.area(), unitArea,
    shapes.Polygon.square(2).area(), triangle.overlaps(doubled), shapes.total_area([triangle, doubled]),
    bare.filled, shapes.Shape.of(triangle).filled,
    shapes.draw_and_measure(triangle, (shape: geo.Polygon, at: geo.Point) => shape.area() + at.y), drawn, vertex.index,
  ];
  triangle.dispose();
  return [...results, triangle.isDisposed];
}
