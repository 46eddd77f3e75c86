// Wrong uses of the classes jsinterop-emit-tsd declares for classes-app.cpp: each line marked
// `// error TSnnnn` must fail to compile with that code, and no other line may fail (classes-app.test.js).
import type { Exports, geo } from './classes-app.js';

export function misuse({ geo: shapes }: Exports, polygon: geo.Polygon): void {
  new shapes.Shape(); // error TS2673
  polygon.size = 4; // error TS2540
  polygon.scale('2'); // error TS2345
  shapes.total_area([polygon.corner(0)]); // error TS2740
  shapes.Shape.of(polygon).filled = false; // error TS2540
}
