fn main() {
    let s = "Hello, Wörld! 123";
    println!("{}", s.to_uppercase());
    println!("{}", s.to_lowercase());
    println!("{}", s.to_ascii_uppercase());
    println!("{}", s.contains("Wör"));
    println!("{}", s.contains('!'));
    println!("{} {}", s.starts_with("Hell"), s.ends_with("23"));
    println!("{}", s.replace("l", "L"));
    println!("{}", s.replacen('l', "_", 2));
    println!("{}", "a.b.c".replace('.', ""));
    println!("{}", "ab".repeat(3));
    println!("{}", "-".repeat(0).is_empty());
    println!("{:?} {:?}", s.find('o'), s.find("xyz"));
    println!("{:?}", s.rfind('l'));
    println!("{:?}", s.find(|c: char| c.is_ascii_digit()));
    println!("{}", s.matches('l').count());
    println!("{}", "Title Case Words".chars().filter(|c| c.is_uppercase()).collect::<String>());
    println!("{}", "MiXeD".eq_ignore_ascii_case("mixed"));
    let snake = "HelloBigWorld".chars().fold(String::new(), |mut acc, c| {
        if c.is_uppercase() && !acc.is_empty() {
            acc.push('_');
        }
        acc.push(c.to_ascii_lowercase());
        acc
    });
    println!("{snake}");
}
