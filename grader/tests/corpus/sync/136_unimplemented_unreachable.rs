fn sign(n: i32) -> &'static str {
    match n.signum() {
        -1 => "negative",
        0 => "zero",
        1 => "positive",
        _ => unreachable!("signum returned {}", n.signum()),
    }
}

fn legacy(flag: bool) -> u32 {
    if flag {
        unimplemented!("legacy mode for {}", "v1")
    }
    7
}

fn main() {
    for n in [-4, 0, 9] {
        println!("{n} is {}", sign(n));
    }
    println!("{}", legacy(false));
    println!("{}", legacy(true));
}
