fn fizzbuzz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz".to_string(),
        (0, _) => "Fizz".to_string(),
        (_, 0) => "Buzz".to_string(),
        _ => n.to_string(),
    }
}

fn main() {
    let line: Vec<String> = (1..=20).map(fizzbuzz).collect();
    println!("{}", line.join(" "));
    let counts = (1..=100).map(fizzbuzz).fold((0, 0, 0), |(f, b, fb), s| match s.as_str() {
        "Fizz" => (f + 1, b, fb),
        "Buzz" => (f, b + 1, fb),
        "FizzBuzz" => (f, b, fb + 1),
        _ => (f, b, fb),
    });
    println!("{:?}", counts);
}
