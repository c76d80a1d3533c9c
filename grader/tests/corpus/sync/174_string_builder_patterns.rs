fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn compress(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        out.push(c);
        if n > 1 {
            out += &n.to_string();
        }
    }
    out
}

fn main() {
    println!("{}", title_case("the qUICK  brown fox"));
    for s in ["A man, a plan, a canal: Panama", "hello", ""] {
        println!("{s:?} palindrome: {}", is_palindrome(s));
    }
    println!("{}", compress("aaabccddddde"));
    let mut report = String::with_capacity(64);
    for (i, w) in ["alpha", "beta"].iter().enumerate() {
        report += &format!("{}. {}\n", i + 1, w);
    }
    print!("{report}");
    let padded = format!("{:-^20}", " menu ");
    println!("{padded} ({} chars)", padded.chars().count());
    let acronym: String = "portable network graphics".split(' ').filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    println!("{acronym}");
}
