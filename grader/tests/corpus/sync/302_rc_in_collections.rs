use std::collections::HashMap;
use std::rc::Rc;

#[derive(Debug)]
struct Texture {
    name: String,
}

#[derive(Debug)]
struct Sprite {
    id: u32,
    texture: Rc<Texture>,
}

struct Cache {
    items: HashMap<String, Rc<Texture>>,
    last: Option<Rc<Texture>>,
}

impl Cache {
    fn get(&mut self, name: &str) -> Rc<Texture> {
        if let Some(t) = self.items.get(name) {
            return Rc::clone(t);
        }
        let t = Rc::new(Texture { name: name.to_string() });
        self.items.insert(name.to_string(), Rc::clone(&t));
        self.last = Some(Rc::clone(&t));
        t
    }
}

fn main() {
    let mut cache = Cache { items: HashMap::new(), last: None };
    let grass = cache.get("grass");
    println!("grass after first get: {}", Rc::strong_count(&grass));
    let mut sprites: Vec<Sprite> = Vec::new();
    for id in 0..4 {
        sprites.push(Sprite { id, texture: cache.get("grass") });
    }
    println!("with 4 sprites: {}", Rc::strong_count(&grass));
    let removed = sprites.remove(0);
    println!("removed sprite {} still holds it: {}", removed.id, Rc::strong_count(&grass));
    drop(removed);
    println!("removed dropped: {}", Rc::strong_count(&grass));
    sprites.pop();
    println!("after pop: {}", Rc::strong_count(&grass));
    sprites.retain(|s| s.id != 2);
    println!("after retain: {} sprites, count {}", sprites.len(), Rc::strong_count(&grass));
    sprites.truncate(0);
    println!("after truncate: {}", Rc::strong_count(&grass));
    for id in 10..13 {
        sprites.push(Sprite { id, texture: Rc::clone(&grass) });
    }
    println!("refilled: {}", Rc::strong_count(&grass));
    sprites.clear();
    println!("after clear: {}", Rc::strong_count(&grass));
    let stone = cache.get("stone");
    println!("grass {} stone {}", Rc::strong_count(&grass), Rc::strong_count(&stone));
    let old = cache.last.replace(Rc::clone(&grass));
    println!("replaced last: grass {} stone {}", Rc::strong_count(&grass), Rc::strong_count(&stone));
    drop(old);
    println!("old dropped: stone {}", Rc::strong_count(&stone));
    cache.items.remove("grass");
    println!("removed from map: grass {}", Rc::strong_count(&grass));
    let previous = std::mem::replace(&mut cache.last, None);
    println!("mem::replace: grass {} (previous is some: {})", Rc::strong_count(&grass), previous.is_some());
    drop(previous);
    println!("previous dropped: grass {}", Rc::strong_count(&grass));
    let mut a = Some(Rc::clone(&stone));
    let mut b: Option<Rc<Texture>> = None;
    std::mem::swap(&mut a, &mut b);
    println!("after swap: stone {} a none {} b some {}", Rc::strong_count(&stone), a.is_none(), b.is_some());
    let taken = std::mem::take(&mut b);
    println!("after take: stone {}", Rc::strong_count(&stone));
    drop(taken);
    println!("taken dropped: stone {}", Rc::strong_count(&stone));
    let names: Vec<String> = cache.items.values().map(|t| t.name.clone()).collect();
    println!("cache holds {:?}", names);
    drop(cache);
    println!("cache dropped: grass {} stone {}", Rc::strong_count(&grass), Rc::strong_count(&stone));
    let shared: Vec<Rc<Texture>> = vec![Rc::clone(&grass), Rc::clone(&grass)];
    let copy = shared.clone();
    println!("vec clone: grass {}", Rc::strong_count(&grass));
    let sprite = Sprite { id: 99, texture: Rc::clone(&grass) };
    println!("{:?}", sprite);
    drop(copy);
    drop(shared);
    drop(sprite);
    println!("end: grass {}", Rc::strong_count(&grass));
}
