fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let s = "hello world";
    println!("{:?} {:?} {:?} {:?}", &s[0..5], &s[6..], &s[..=4], &s[..]);
    println!("{}", first_word(s));
    println!("{}", first_word("single"));
    let accent = "café au lait";
    let end = accent.find(' ').unwrap();
    println!("{} ({} bytes)", &accent[..end], end);
    println!("{:?}", accent.get(0..4));
    println!("{:?}", accent.get(0..4).map(|p| p.len()));
    println!("{:?}", accent.get(0..100));
    println!("{}", accent.is_char_boundary(4));
    let (left, right) = s.split_at(5);
    println!("{left:?} {right:?}");
    let pos = s.char_indices().filter(|(_, c)| *c == 'o').map(|(i, _)| i).collect::<Vec<_>>();
    println!("{pos:?}");
    let middle = &s[s.len() / 2 - 1..s.len() / 2 + 1];
    println!("{middle:?}");
}
