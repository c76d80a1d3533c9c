fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..=69 => 'F',
        _ => '?',
    }
}

fn kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        '0'..='9' => "digit",
        _ => "other",
    }
}

fn temperature(t: i32) -> &'static str {
    match t {
        i32::MIN..=-1 => "freezing",
        0 => "zero",
        1..=15 => "cold",
        16..25 => "mild",
        _ => "hot",
    }
}

fn main() {
    for s in [100, 85, 70, 12, 101] {
        println!("{s} -> {}", grade(s));
    }
    for c in "ai7z!".chars() {
        println!("{c} -> {}", kind(c));
    }
    for t in [-5, 0, 15, 16, 24, 25] {
        println!("{t} -> {}", temperature(t));
    }
    let word = "stop";
    match word {
        "go" => println!("going"),
        "stop" => println!("stopping"),
        _ => println!("unknown"),
    }
}
