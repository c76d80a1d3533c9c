use std::fmt;

#[derive(Debug)]
struct Tag {
    id: u8,
}

struct Item {
    name: String,
    tag: Tag,
    count: u32,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(&self.name, f)?;
        f.write_str(" ")?;
        fmt::Display::fmt(&self.name, f)?;
        f.write_str(" ")?;
        fmt::Debug::fmt(&self.tag, f)?;
        f.write_str(" ")?;
        fmt::LowerHex::fmt(&self.count, f)?;
        f.write_str(" ")?;
        fmt::Binary::fmt(&self.tag.id, f)
    }
}

impl fmt::Debug for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Item<")?;
        fmt::Debug::fmt(&self.count, f)?;
        write!(f, ">")
    }
}

fn main() {
    let it = Item { name: "bolt".to_string(), tag: Tag { id: 5 }, count: 255 };
    println!("{}", it);
    println!("{:?}", it);
    println!("{:x?}", it);
    println!("[{:>12}]", it.name);
}
