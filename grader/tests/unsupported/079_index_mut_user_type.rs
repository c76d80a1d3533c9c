// A learner's `Index`/`IndexMut` is not modelled: it is `#[track_caller]` (inherited from the trait), so a panic inside points at the caller's `p[i]`.
use std::ops::{Index, IndexMut};
struct Poly {
    coef: Vec<i64>,
}
impl Index<usize> for Poly {
    type Output = i64;
    fn index(&self, i: usize) -> &i64 {
        &self.coef[i]
    }
}
impl IndexMut<usize> for Poly {
    fn index_mut(&mut self, i: usize) -> &mut i64 {
        &mut self.coef[i]
    }
}
fn main() {
    let mut p = Poly { coef: vec![1, 0, 3] };
    p[1] = 7; //~ unsupported: assigning through an index into Poly
    println!("{} {}", p[0], p[1]);
}
