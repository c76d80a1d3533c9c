fn checked(a: i32, b: i32) -> String {
    match (a.checked_div(b), a.checked_rem(b)) {
        (Some(q), Some(r)) => format!("{a} / {b} = {q} rem {r}"),
        _ => format!("{a} / {b} is not representable"),
    }
}

fn divide(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    for (a, b) in [(7, 2), (-7, 2), (7, -2), (i32::MIN, -1), (1, 0)] {
        println!("{}", checked(a, b));
    }
    println!("{}", i32::MIN.wrapping_div(-1));
    println!("{}", i32::MIN.wrapping_rem(-1));
    println!("{:?}", i32::MIN.overflowing_div(-1));
    let pairs = [(100, 7), (i32::MIN, -1)];
    for (a, b) in pairs {
        println!("{}", divide(a, b));
    }
}
