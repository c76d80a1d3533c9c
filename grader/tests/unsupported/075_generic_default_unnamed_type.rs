// `T::default()` in a generic fn called with `T = Vec<u8>`: the grader lowers such fns per
// named type only, and the erased copy's untyped default printed `default` (wrong answer).
fn fresh<T: Default + std::fmt::Debug>() -> T {
    T::default()
}
fn main() {
    let n: u8 = fresh();
    let v: Vec<u8> = fresh(); //~ unsupported: a call of a generic function that uses `T` in a path
    println!("{:?} {:?}", n, v);
}
