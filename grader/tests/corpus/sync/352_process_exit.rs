struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard dropped");
    }
}

fn check(n: i32) -> i32 {
    if n > 2 {
        println!("too big: {}", n);
        eprintln!("exiting with 3");
        std::process::exit(3);
    }
    n * 2
}

fn main() {
    let _g = Guard;
    for i in 0..5 {
        println!("{}", check(i));
    }
    println!("unreachable");
}
