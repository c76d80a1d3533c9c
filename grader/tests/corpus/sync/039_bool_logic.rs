fn check(label: &str, calls: &mut Vec<String>, value: bool) -> bool {
    calls.push(label.to_string());
    value
}

fn main() {
    let t = true;
    let f = false;
    println!("{} {} {} {}", t && f, t || f, !t, t ^ f);
    println!("{} {}", t & f, t | f);
    let mut calls = Vec::new();
    let r = check("a", &mut calls, false) && check("b", &mut calls, true);
    println!("{r} after {:?}", calls);
    calls.clear();
    let r = check("a", &mut calls, true) || check("b", &mut calls, true);
    println!("{r} after {:?}", calls);
    calls.clear();
    let r = check("a", &mut calls, false) & check("b", &mut calls, true);
    println!("{r} after {:?}", calls);
    println!("{}", true as u8 + true as u8);
    println!("{:?}", [true, false].iter().filter(|b| **b).count());
    println!("{}", false < true);
    println!("{:>6}|{:<6}|", true, false);
    let n = 15;
    let fizz = n % 3 == 0;
    let buzz = n % 5 == 0;
    println!("{}", match (fizz, buzz) {
        (true, true) => "FizzBuzz",
        (true, false) => "Fizz",
        (false, true) => "Buzz",
        (false, false) => "number",
    });
}
