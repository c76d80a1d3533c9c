mod utils; //~ unsupported: mod|utils

fn main() {
    println!("{}", utils::greet("ann"));
}
