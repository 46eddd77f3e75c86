// Wrong uses of the classes and value objects app.d.ts declares: each line marked
// `// error TSnnnn` must fail to compile with that code, and no other line may fail (classes.test.js).
import { geo } from './app.js';
import type { Exports } from './app.js';

export function misuse({ geo: shapes }: Exports, polygon: geo.Polygon): void {
  new shapes.Shape(); // error TS2673
  polygon.size = 3; // error TS2540
  polygon.isDisposed = true; // error TS2540
  polygon.name = 1; // error TS2322
  polygon.scale('2'); // error TS2345
  polygon.area(1); // error TS2554
  new shapes.Polygon([{ x: 0 }]); // error TS2741
  shapes.total_area([{ x: 1, y: 2 }]); // error TS2353
  shapes.Polygon.unit = () => polygon; // error TS2540
  const point: geo.Point = polygon; // error TS2739
  new geo.Polygon([]); // error TS1362
  console.log(shapes.Point, point); // error TS2339
}
