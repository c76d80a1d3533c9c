fn main() {
    let samples = ["abc", "héllo", "日本語", "🦀🦀", "a\u{301}"];
    for s in samples {
        println!(
            "{:?}: bytes={} chars={} upper={} rev={}",
            s,
            s.len(),
            s.chars().count(),
            s.to_uppercase(),
            s.chars().rev().collect::<String>()
        );
    }
    let crab = "🦀";
    println!("{:?}", crab.as_bytes());
    println!("{}", crab.chars().next().unwrap() as u32);
    println!("{:x}", '日' as u32);
    println!("{}", "\u{48}\u{49}");
    println!("{:?}", "tab\there \"quoted\" back\\slash \u{7}");
    println!("{:?}", 'é');
    println!("{:?}", "line\nbreak\r");
    println!("{:?}", "\u{0}\u{1b}[0m");
    println!("{:?}", "ünïcödé");
    println!("{:?}", "\u{200b}zero width");
    let mut word = String::from("naïve");
    word.retain(|c| c.is_ascii());
    println!("{word}");
}
