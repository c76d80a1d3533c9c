#[path = "helpers/math.rs"] mod math; //~ unsupported: mod|math

fn main() {
    println!("{}", math::add(1, 2));
}
