package blog.json;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * @Size on text counts characters (code points), as JSON Schema's maxLength does, rather than
 * UTF-16 units: a 100-character name of emoji fits a 100-character limit.
 */
@ApplicationScoped
public class CodePointSizes implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class)
                .includeExistingValidators(false)
                .validatedBy(TextSize.class)
                .validatedBy(CollectionSize.class);
        configuration.addMapping(mapping);
    }

    /** The bounds of a @Size, checked against a length that each subclass measures. */
    private abstract static class Bounded<T> implements ConstraintValidator<Size, T> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(T value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = lengthOf(value);
            return length >= min && length <= max;
        }

        abstract int lengthOf(T value);
    }

    /** Size of text in code points. */
    public static class TextSize extends Bounded<CharSequence> {
        @Override
        int lengthOf(CharSequence text) {
            return Character.codePointCount(text, 0, text.length());
        }
    }

    /** Size of a collection in elements. */
    public static class CollectionSize extends Bounded<Collection<?>> {
        @Override
        int lengthOf(Collection<?> collection) {
            return collection.size();
        }
    }
}
