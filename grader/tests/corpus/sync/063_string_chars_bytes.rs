fn main() {
    let word = "héllo";
    println!("bytes {} chars {}", word.len(), word.chars().count());
    for c in word.chars() {
        print!("[{c}]");
    }
    println!();
    for b in word.bytes() {
        print!("{b} ");
    }
    println!();
    println!("{:?}", word.as_bytes());
    for (i, c) in word.char_indices() {
        print!("{i}:{c} ");
    }
    println!();
    let reversed: String = word.chars().rev().collect();
    println!("{reversed}");
    let caesar: String = "attack at dawn".chars().map(|c| {
        if c.is_ascii_lowercase() {
            (((c as u8 - b'a' + 3) % 26) + b'a') as char
        } else {
            c
        }
    }).collect();
    println!("{caesar}");
    println!("{:?}", word.chars().nth(1));
    println!("{:?}", word.chars().last());
    println!("{}", word.chars().filter(|c| "aeioué".contains(*c)).count());
    println!("{}", b'a');
    println!("{:?}", b"hi");
    let upper = word.bytes().filter(|b| b.is_ascii()).map(|b| b.to_ascii_uppercase() as char).collect::<String>();
    println!("{upper}");
}
