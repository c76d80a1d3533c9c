fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let offset = 10;
    let add_offset = |x| x + offset;
    println!("{} {}", add_offset(1), apply(add_offset, 5));
    println!("offset still usable: {offset}");

    let names = vec!["ann".to_string(), "bob".to_string()];
    let contains = |n: &str| names.iter().any(|x| x == n);
    println!("{} {}", contains("bob"), contains("eve"));
    println!("names still owned here: {:?}", names);

    let threshold = 3;
    let long: Vec<&String> = names.iter().filter(|n| n.len() >= threshold).collect();
    println!("{long:?}");

    let square = |x: i64| x * x;
    let compose = |x| square(square(x));
    println!("{}", compose(3));
    let no_args = || 42;
    println!("{}", no_args());
}
