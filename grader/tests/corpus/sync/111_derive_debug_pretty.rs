use std::collections::BTreeMap;

#[derive(Debug)]
enum Role {
    Admin,
    User { level: u8 },
    Guest(Option<String>),
}

#[derive(Debug)]
struct Account {
    id: u32,
    name: String,
    roles: Vec<Role>,
    scores: (f32, i64),
    tags: BTreeMap<&'static str, bool>,
    parent: Option<Box<Account>>,
}

#[derive(Debug)]
struct Empty {}

#[derive(Debug)]
struct Unit;

fn main() {
    let mut tags = BTreeMap::new();
    tags.insert("beta", true);
    tags.insert("vip", false);
    let root = Account { id: 0, name: "root".into(), roles: vec![], scores: (0.0, -1), tags: BTreeMap::new(), parent: None };
    let acc = Account {
        id: 7,
        name: "Ann \"the admin\"".into(),
        roles: vec![Role::Admin, Role::User { level: 3 }, Role::Guest(None), Role::Guest(Some("x".into()))],
        scores: (9.5, 100),
        tags,
        parent: Some(Box::new(root)),
    };
    println!("{:?}", acc);
    println!("{:#?}", acc);
    println!("{:?} {:#?}", Empty {}, Empty {});
    println!("{:?} {:#?}", Unit, Unit);
    println!("{:#?}", (1, "two"));
    println!("{:#?}", Some(Some(())));
    println!("{:#?}", Vec::<i32>::new());
}
